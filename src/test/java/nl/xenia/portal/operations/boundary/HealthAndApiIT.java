package nl.xenia.portal.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;

class HealthAndApiIT {

    @Test
    void readinessReportsTheDatabase() {
        HttpResponse<String> ready = Portal.get("/health/ready");
        assertEquals(200, ready.statusCode(), "expected the portal to be ready");
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\""), "expected a database check in " + body);
        assertTrue(body.contains("\"status\":\"UP\""), "expected the database to be up: " + body);
        assertTrue(body.contains("\"schema\":\"current\""), "expected the schema to be current: " + body);
        assertEquals(200, Portal.get("/health/live").statusCode(), "expected the portal to be live");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> openapi = Portal.get("/openapi");
        assertEquals(200, openapi.statusCode(), "expected an OpenAPI document");
        assertTrue(openapi.body().contains("/api/v1/languages"), "expected the languages endpoint documented");
        assertTrue(openapi.body().contains("Xenia portal API"), "expected the API's title");
    }

    @Test
    void theLanguagesApiListsCodesAndEndonyms() {
        HttpResponse<String> languages = Portal.get("/api/v1/languages", "Accept", "application/json");
        assertEquals(200, languages.statusCode(), "expected the languages");
        assertTrue(languages.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "expected JSON");
        assertTrue(languages.body().contains("{\"code\":\"ro\",\"endonym\":\"Română\"}"),
                "expected Romanian with its own name: " + languages.body());
    }
}
