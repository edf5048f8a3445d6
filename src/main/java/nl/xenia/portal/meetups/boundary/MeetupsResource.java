package nl.xenia.portal.meetups.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.control.MeetupCalendar;
import nl.xenia.portal.operations.boundary.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/meetups?lang=} and {@code GET /api/v1/meetups/calendar.ics?lang=}: the meetups to come, in a
 * language, as JSON and as an iCalendar feed. The same public fields as the public list: never the exact address,
 * never who comes.
 */
@Path("v1/meetups")
@Tag(name = "meetups")
public class MeetupsResource {

    /** The feed's calendar name and an online meetup's place, in the feed's language. */
    static final String FEED_NAME = "meetups.feed.name";
    static final String ONLINE = "meetups.online";

    @Inject
    Meetups meetups;

    @Inject
    Languages languages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The meetups to come, soonest first: title and description in the asked language "
            + "(textLanguage says which language the text is in when it is missing in the asked one), who hosts "
            + "(PEER or STAFF, and a name), the languages spoken (codes), start and end (UTC instants), the public area "
            + "only (the exact address is given only to those who come), capacity and places left, whether it has a "
            + "waiting list, and whether it is cancelled (with the reason)")
    @APIResponse(responseCode = "200", description = "The meetups to come", content = @Content(schema = @Schema(implementation = Meetups.Listing[].class)))
    @APIResponse(responseCode = "400", description = "An unknown language", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response upcoming(
            @Parameter(description = "language of the texts (default en)") @QueryParam("lang") String lang) {
        String language = language(lang);
        if (language == null) {
            return unknownLanguage();
        }
        return Response.ok(meetups.upcoming(language)).build();
    }

    @GET
    @Path("calendar.ics")
    @Produces("text/calendar; charset=UTF-8")
    @Operation(summary = "The meetups to come as an iCalendar feed (RFC 5545) under a neutral calendar name: title, "
            + "start, end and the public area only; cancelled ones have STATUS:CANCELLED")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "400", description = "An unknown language", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiProblem.class)))
    public Response calendar(
            @Parameter(description = "language of the titles (default en)") @QueryParam("lang") String lang) {
        String language = language(lang);
        if (language == null) {
            return unknownLanguage();
        }
        String online = languages.format(language, ONLINE, Map.of());
        String feed = MeetupCalendar.feed(languages.format(language, FEED_NAME, Map.of()),
                meetups.upcoming(language).stream()
                        .map(listing -> new MeetupCalendar.Entry(listing.id(), listing.title(), listing.start(),
                                listing.end(), listing.online() ? online : listing.area(), listing.cancelled()))
                        .toList());
        return Response.ok(feed, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"calendar.ics\"").build();
    }

    /** The language asked for (en when none), or null when it is not one the portal speaks. */
    private String language(String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang;
        return language.length() > 8 || !languages.isSupported(language) ? null : language;
    }

    private Response unknownLanguage() {
        return new ApiProblem("unknown-language", "The language must be one of " + languages.codes())
                .response(Response.Status.BAD_REQUEST);
    }
}
