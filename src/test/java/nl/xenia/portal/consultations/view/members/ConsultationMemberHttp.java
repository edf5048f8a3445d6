package nl.xenia.portal.consultations.view.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signed-in member reading the consultation pages over plain HTTP (no script), with the member's session cookie, as a
 * client of its own, asserting on every answer: no server error, and every HTML page at most 20 KB gzipped.
 */
final class ConsultationMemberHttp {

    /** The most a member page may weigh, gzipped. */
    static final int MAX_GZIPPED = 20 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String address = "198.18." + (160 + RANDOM.nextInt(40)) + "." + (1 + RANDOM.nextInt(254));
    private final CookieJar cookies;
    private final HttpClient client;

    ConsultationMemberHttp(CookieJar cookies) {
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    CookieJar cookies() {
        return cookies;
    }

    /** A GET, checked, whatever its status. */
    HttpResponse<String> get(String path) {
        return checked("GET " + path, HttpRequest.newBuilder(Portal.uri(path)).GET());
    }

    /** A GET that must be a page. */
    Document page(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), "expected " + path + " to be a page");
        return Portal.html(response);
    }

    /** A form posted as a browser posts it (a field may repeat: several choices), checked. */
    HttpResponse<String> send(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return checked("POST " + path, HttpRequest.newBuilder(Portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A post answered with a 303, followed: the page it leads to, and where that was. */
    Document sendAndFollow(String path, List<Map.Entry<String, String>> fields) {
        HttpResponse<String> posted = send(path, fields);
        assertEquals(303, posted.statusCode(), "expected a 303 after a post that was taken, got "
                + posted.statusCode() + ": " + errors(Portal.html(posted)));
        String location = posted.headers().firstValue("Location").orElseThrow();
        return page(location.replaceAll("#.*$", ""));
    }

    /** A post that must answer with the page again (a refusal). */
    Document refused(String path, List<Map.Entry<String, String>> fields) {
        HttpResponse<String> posted = send(path, fields);
        assertEquals(200, posted.statusCode(), "expected the page again after a refused post, got "
                + posted.statusCode() + " " + posted.headers().firstValue("Location").orElse(""));
        return Portal.html(posted);
    }

    /** The error messages a page shows. */
    static String errors(Document page) {
        return page.select(".error").eachText().toString();
    }

    /** A form's fields as a browser sends them: hidden and text fields, ticked boxes and chosen radios. */
    static List<Map.Entry<String, String>> fields(Element form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!(type.equals("checkbox") || type.equals("radio")) || input.hasAttr("checked")) {
                fields.computeIfAbsent(input.attr("name"), name -> new java.util.ArrayList<>())
                        .add(input.attr("value"));
            }
        }
        for (Element textarea : form.select("textarea[name]")) {
            fields.computeIfAbsent(textarea.attr("name"), name -> new java.util.ArrayList<>()).add(textarea.val());
        }
        return fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> Map.entry(field.getKey(), value))).toList();
    }

    private HttpResponse<String> checked(String what, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        assertNotEquals(500, response.statusCode(), "expected no server error from " + what);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            int gzipped = gzipped(response.body());
            assertTrue(gzipped <= MAX_GZIPPED,
                    "expected " + what + " to weigh at most 20 KB gzipped, was " + gzipped);
        }
        return response;
    }

    static int gzipped(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.size();
    }
}
