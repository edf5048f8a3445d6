package nl.xenia.portal.meetups.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person reading the meetup pages over plain HTTP (no script), as a client of its own (its own forwarded address, so
 * the limits on "I'll come" one test runs into never reach another), asserting on every answer: no cookie, no server
 * error, and every HTML page at most 14 KB gzipped.
 */
final class MeetupHttp {

    private static final SecureRandom RANDOM = new SecureRandom();

    final String address = "198.18." + (202 + RANDOM.nextInt(50)) + "." + (1 + RANDOM.nextInt(254));

    /** A GET, checked, whatever its status. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> response = Portal.get(path, "X-Forwarded-For", address);
        checked("GET " + path, response);
        return response;
    }

    /** A GET that must be a page. */
    Document page(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), "expected " + path + " to be a page");
        return Portal.html(response);
    }

    /** A form posted as a browser posts it, checked. */
    HttpResponse<String> send(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = Portal.send("POST", path, body, "Content-Type",
                "application/x-www-form-urlencoded", "X-Forwarded-For", address);
        checked("POST " + path, response);
        return response;
    }

    /** A post that must answer with a page. */
    Document post(String path, Map<String, String> fields) {
        HttpResponse<String> response = send(path, fields);
        assertEquals(200, response.statusCode(), "expected a page from POST " + path);
        return Portal.html(response);
    }

    /** The meetup's page in a language. */
    Document meetup(String lang, long id) {
        return page("/" + lang + "/meetup?id=" + id);
    }

    /** The "I'll come" form of a meetup's page, filled in and posted: the answer. */
    Document come(String lang, long id, String nickname, String mail, String earlier) {
        Element form = meetup(lang, id).selectFirst("form.come");
        assertNotNull(form, "expected the I'll come form on the meetup's page");
        Map<String, String> fields = fields(form);
        fields.put("nickname", nickname);
        fields.put("mail", mail);
        fields.put("earlier", earlier);
        return post("/" + lang + "/meetup", fields);
    }

    /** The inbox opened with a code: the post's 303 followed to its one-time view. */
    Document inbox(String lang, String code) {
        HttpResponse<String> opened = send("/" + lang + "/inbox", Map.of("code", code));
        assertEquals(303, opened.statusCode(), "expected the inbox to redirect after the code");
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(!location.contains(code) && !location.contains(code.replace("-", "")),
                "expected the code in no address");
        return page(location);
    }

    /** The id of the meetup a list shows under this title (its link), or null. */
    static Long idOf(Document list, String title) {
        return list.select("ul.meetups h2 a").stream().filter(a -> a.text().equals(title)).findFirst()
                .map(a -> Long.valueOf(a.attr("href").replaceAll(".*[?&]id=([0-9]+).*", "$1"))).orElse(null);
    }

    /** The list's entry of a meetup. */
    static Element entry(Document list, long id) {
        return list.getElementById("listing-" + id);
    }

    /** A form's fields as a browser sends them (no button, no box unticked). */
    static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        for (Element textarea : form.select("textarea[name]")) {
            fields.put(textarea.attr("name"), textarea.text());
        }
        return fields;
    }

    private static void checked(String what, HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                "expected no cookie from " + what + ", got " + response.headers().allValues("Set-Cookie"));
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            int gzipped = gzipped(response.body());
            assertTrue(gzipped <= 14 * 1024, "expected " + what + " to weigh at most 14 KB gzipped, was " + gzipped);
        }
        assertNotEquals(500, response.statusCode(), "expected no server error from " + what);
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
