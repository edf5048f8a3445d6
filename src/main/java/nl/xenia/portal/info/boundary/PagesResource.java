package nl.xenia.portal.info.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.operations.boundary.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/pages?lang=} and {@code GET /api/v1/pages/{slug or address}?lang=}: the published
 * information pages, in the asked language or a stated fallback (English, then Dutch). Each page names
 * its neutral public address ({@code p7}, as in {@code /ro/info/p7}); links to pages should use it.
 */
@Path("v1/pages")
@Tag(name = "information")
@Produces(MediaType.APPLICATION_JSON)
public class PagesResource {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Inject
    InfoPages pages;

    @Inject
    Languages languages;

    /** A page in the list. */
    public record Summary(String slug, String address, String title, String language, boolean fallback,
            boolean outdated,
            LocalDate lastChecked, String topic) {
    }

    /** A whole page: its HTML is already cleaned (an allow-list of plain elements, no scripts or styles). */
    public record Full(String slug, String address, String title, String language, String requestedLanguage,
            boolean fallback,
            boolean outdated, LocalDate lastChecked, String html, String topic, List<InfoPages.Link> related) {
    }

    @GET
    @Operation(summary = "Every published page, in the asked language where it exists, else in the stated fallback")
    @APIResponse(responseCode = "200", description = "The pages, topics first in staff's order", content = @Content(schema = @Schema(implementation = Summary[].class)))
    @APIResponse(responseCode = "400", description = "No or an unknown language", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response list(@Parameter(description = "language code, e.g. ro") @QueryParam("lang") String lang) {
        Response refused = checkLanguage(lang);
        if (refused != null) {
            return refused;
        }
        return Response.ok(pages.all(lang).stream()
                .map(page -> new Summary(page.slug(), page.address(), page.title(), page.language(), page.fallback(),
                        page.outdated(),
                        page.lastChecked(), page.parent() == null ? null : page.parent().slug()))
                .toList()).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published page, in the asked language where it exists, else in the stated fallback")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(implementation = Full.class)))
    @APIResponse(responseCode = "400", description = "No or an unknown language, or a malformed address", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "No published page at this address", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response one(@PathParam("slug") String slug,
            @Parameter(description = "language code, e.g. ro") @QueryParam("lang") String lang) {
        if (slug == null || slug.length() > 80 || !slug.matches(SLUG)) {
            return new ApiProblem("invalid-slug",
                    "A page address is 1 to 80 lower-case letters, digits and single dashes.")
                    .response(Response.Status.BAD_REQUEST);
        }
        Response refused = checkLanguage(lang);
        if (refused != null) {
            return refused;
        }
        String address = InfoPage.isAddress(slug) ? slug : pages.addressOfSlug(slug).orElse(null);
        return pages.page(address, lang)
                .map(page -> Response.ok(
                        new Full(page.slug(), page.address(), page.title(), page.language(), page.requestedLanguage(),
                                page.fallback(), page.outdated(), page.lastChecked(), page.html(),
                                page.parent() == null ? null : page.parent().slug(), page.related()))
                        .build())
                .orElseGet(() -> new ApiProblem("not-found", "There is no published page at this address.")
                        .response(Response.Status.NOT_FOUND));
    }

    private Response checkLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return new ApiProblem("language-required", "Give the language as ?lang=, one of " + languages.codes())
                    .response(Response.Status.BAD_REQUEST);
        }
        if (lang.length() > 8 || !languages.isSupported(lang)) {
            return new ApiProblem("unknown-language", "The language must be one of " + languages.codes())
                    .response(Response.Status.BAD_REQUEST);
        }
        return null;
    }
}
