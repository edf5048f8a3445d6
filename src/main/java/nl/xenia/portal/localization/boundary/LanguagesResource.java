package nl.xenia.portal.localization.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/languages}: the languages the portal speaks, in order of need. */
@Path("v1/languages")
@Tag(name = "languages")
public class LanguagesResource {

    @Inject
    Languages languages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supported languages, each with its code (as used in URLs) and its own name")
    public List<Languages.Language> all() {
        return languages.all();
    }
}
