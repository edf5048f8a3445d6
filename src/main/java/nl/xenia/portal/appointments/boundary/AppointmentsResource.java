package nl.xenia.portal.appointments.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.operations.boundary.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/services} and {@code GET /api/v1/services/{id}/times}: the services that can be booked, in a
 * language, and their free times. No personal data: places only by town or kind, times only with the places left.
 */
@Path("v1/services")
@Tag(name = "appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    /** The longest range of days one request may ask free times for. */
    static final int MAX_DAYS = 62;

    @Inject
    Appointments appointments;

    @Inject
    Languages languages;

    @GET
    @Operation(summary = "The services that can be booked: name, description and what to bring in the asked language "
            + "(textLanguage says which language the text is in when it is missing in the asked one), duration in "
            + "minutes, whether an interpreter can be arranged and staff confirm first, the places by town or kind, "
            + "and the first and last day that can be booked now")
    @APIResponse(responseCode = "200", description = "The services", content = @Content(schema = @Schema(implementation = Appointments.Offer[].class)))
    @APIResponse(responseCode = "400", description = "An unknown language", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response services(
            @Parameter(description = "language of the texts (default en)") @QueryParam("lang") String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (language.length() > 8 || !languages.isSupported(language)) {
            return unknownLanguage();
        }
        return Response.ok(appointments.services(language)).build();
    }

    @GET
    @Path("{id}/times")
    @Operation(summary = "The free times of a service at one of its places between two days (inclusive, at most "
            + MAX_DAYS + " days, Europe/Amsterdam): start, end (UTC instants) and the places left")
    @APIResponse(responseCode = "200", description = "The free times, soonest first", content = @Content(schema = @Schema(implementation = Appointments.FreeTime[].class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed day or place, or too long a range", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "No such service at that place that can be booked", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response times(@Parameter(description = "the service's id") @PathParam("id") String id,
            @Parameter(description = "the place's id (one of the service's places)") @QueryParam("place") String place,
            @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-MM-dd") @QueryParam("until") String until) {
        Long serviceId = number(id);
        Long placeId = number(place);
        LocalDate first = day(from);
        LocalDate last = day(until);
        if (placeId == null || first == null || last == null || last.isBefore(first)
                || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            return new ApiProblem("bad-range",
                    "Give place (a number), from and until (yyyy-MM-dd, from <= until, at most "
                            + MAX_DAYS + " days)")
                    .response(Response.Status.BAD_REQUEST);
        }
        if (serviceId == null) {
            return notOffered();
        }
        try {
            return Response.ok(appointments.freeTimes(serviceId, placeId, first, last)).build();
        } catch (AppointmentException notOffered) {
            return notOffered();
        }
    }

    private Response unknownLanguage() {
        return new ApiProblem("unknown-language", "The language must be one of " + languages.codes())
                .response(Response.Status.BAD_REQUEST);
    }

    private static Response notOffered() {
        return new ApiProblem("not-offered", "No such service that can be booked at that place")
                .response(Response.Status.NOT_FOUND);
    }

    private static Long number(String value) {
        if (value == null || !value.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static LocalDate day(String value) {
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
