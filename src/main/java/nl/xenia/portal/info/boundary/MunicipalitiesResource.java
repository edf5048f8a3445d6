package nl.xenia.portal.info.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.operations.boundary.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/municipalities}: the 18 municipalities of Fryslân with what staff keep about each. */
@Path("v1/municipalities")
@Tag(name = "information")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @Inject
    InfoPages pages;

    @Inject
    Languages languages;

    @GET
    @Operation(summary = "The municipalities by name: licensing desk, part of the supervision pilot (YES, NO, "
            + "UNKNOWN), and staff's note in the asked language or a stated fallback")
    @APIResponse(responseCode = "200", description = "The municipalities", content = @Content(schema = @Schema(implementation = InfoPages.MunicipalityRow[].class)))
    @APIResponse(responseCode = "400", description = "An unknown language", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response all(
            @Parameter(description = "language of the notes (default en)") @QueryParam("lang") String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (language.length() > 8 || !languages.isSupported(language)) {
            return new ApiProblem("unknown-language", "The language must be one of " + languages.codes())
                    .response(Response.Status.BAD_REQUEST);
        }
        return Response.ok(pages.municipalities(language)).build();
    }
}
