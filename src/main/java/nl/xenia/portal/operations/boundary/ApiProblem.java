package nl.xenia.portal.operations.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A JSON API error: a stable code for programs and a sentence for people. Never echoes what the
 * caller sent (it could be anything, and would end up in someone's logs).
 */
public record ApiProblem(String error, String message) {

    /** A response with this problem as its JSON body. */
    public Response response(Response.Status status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
