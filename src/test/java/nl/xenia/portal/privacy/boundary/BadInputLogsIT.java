package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 16: bad input sent over HTTP as an attacker would (encoded separators, a NUL, dot
 * segments with a parameter, an overlong path, a malformed query, 10,000 form fields) is refused with
 * 400 (or 404 for a path that names nothing), on the portal's translated page where the container
 * lets the application answer, and leaves nothing in the server's logs: no stack trace, no servlet
 * error, no FFDC incident, and no line holding what was typed. Each test reads only what the logs
 * gained after it started (the access log, which records paths by design and never an address, is
 * not read).
 */
class BadInputLogsIT {

    @Test
    void anEncodedSlashInAPathGetsTheTranslated400PageAndLeavesNoTrace() {
        Logs logs = Logs.now();
        String marker = marker();
        String response = RawHttp.get(null, "/ro/" + marker + "..%2f..%2foffice/activate.xhtml");
        assertTranslatedPage(response, 400, "ro", "an encoded slash in the path");
        logs.assertNothingNew(marker, "an encoded slash in the path");
        String past = RawHttp.get(null, "/jakarta.faces.resource/..%2f" + marker + "/activate.xhtml");
        assertTranslatedPage(past, 400, "en", "an encoded slash past the resource prefix (no language: English)");
        logs.assertNothingNew(marker, "an encoded slash past the resource prefix");
    }

    @Test
    void anEncodedBackslashOrDotOrHashInAPathGetsTheTranslated400PageAndLeavesNoTrace() {
        for (String encoded : new String[]{"%5c", "%5C", "%2e%2e", "%23"}) {
            Logs logs = Logs.now();
            String marker = marker();
            String response = RawHttp.get(null, "/nl/" + marker + encoded + "office");
            assertTranslatedPage(response, 400, "nl", "the encoded " + encoded + " in the path");
            logs.assertNothingNew(marker, "the encoded " + encoded + " in the path");
        }
    }

    /**
     * A NUL and a dot segment carrying a parameter are refused by the web container itself, before any
     * application is chosen: its own short English page (the only answer the portal cannot translate),
     * but nothing logged.
     */
    @Test
    void aNulOrADotSegmentWithAParameterIsRefusedWithoutAnyLogLine() {
        for (String form : new String[]{"/ro/%s%%00x", "/ro/%s/..;/inbox",
                "/jakarta.faces.resource/..;/%s/login.xhtml"}) {
            Logs logs = Logs.now();
            String marker = marker();
            String target = String.format(Locale.ROOT, form, marker);
            String response = RawHttp.get(null, target);
            assertEquals(400, status(response), "expected " + target.replace(marker, "…") + " refused with 400, got "
                    + firstLine(response));
            assertFalse(head(response).contains("$wsep"), "expected no container marker header");
            logs.assertNothingNew(marker, target.replace(marker, "…"));
        }
    }

    @Test
    void anOverlongPathGetsTheTranslated404PageAndLeavesNoTrace() {
        Logs logs = Logs.now();
        String marker = marker();
        String response = RawHttp.get(null, "/bg/" + marker + "a".repeat(10_000));
        assertTranslatedPage(response, 404, "bg", "a path of 10,000 characters");
        assertFalse(response.contains(marker), "expected the overlong path not echoed");
        logs.assertNothingNew(marker, "a path of 10,000 characters");
    }

    @Test
    void aMalformedQueryGetsTheTranslated400PageAndLeavesNoTrace() {
        Logs logs = Logs.now();
        String marker = marker();
        String response = RawHttp.get(null, "/es/inbox?a=%zz" + marker + "&b=%");
        assertTranslatedPage(response, 400, "es", "a malformed query");
        assertFalse(response.contains(marker), "expected nothing of the query echoed");
        logs.assertNothingNew(marker, "a malformed query");
    }

    @Test
    void tenThousandFormFieldsGetTheTranslated400PageAndLeaveNoTrace() {
        Logs logs = Logs.now();
        String marker = marker();
        String body = "code=" + marker + Stream.generate(() -> "&f=1").limit(10_000).collect(Collectors.joining());
        URI base = URI.create(Portal.BASE);
        String response = RawHttp.exchange(null, "POST /nl/inbox HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + base.getPort() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTranslatedPage(response, 400, "nl", "10,000 form fields");
        assertFalse(response.contains(marker), "expected nothing of the form echoed");
        logs.assertNothingNew(marker, "10,000 form fields");
    }

    private static void assertTranslatedPage(String response, int expectedStatus, String language, String what) {
        assertEquals(expectedStatus, status(response), "expected " + expectedStatus + " for " + what + ", got "
                + firstLine(response));
        Document page = Jsoup.parse(body(response));
        assertEquals(language, page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                "expected the portal's own error page in '" + language + "' for " + what);
        assertEquals(Bundles.text(language, "errorpages." + expectedStatus + ".title"),
                page.selectFirst("h1") == null ? "(no h1)" : page.selectFirst("h1").text(),
                "expected the translated " + expectedStatus + " title for " + what);
        assertFalse(response.contains("CWWWC") || response.contains("SRVE"),
                "expected no container message in the answer to " + what);
    }

    private static String marker() {
        return "typedmarker" + Leaks.marker();
    }

    private static int status(String response) {
        String[] first = firstLine(response).split(" ");
        return first.length > 1 ? Integer.parseInt(first[1]) : -1;
    }

    private static String firstLine(String response) {
        return response.lines().findFirst().orElse("(nothing)");
    }

    private static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return (end < 0 ? response : response.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    /** The body of a raw response, its chunks joined when it came in chunks. */
    private static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        if (start < 0) {
            return "";
        }
        String body = response.substring(start + 4);
        if (!head(response).contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = at;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int length = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
            if (length == 0) {
                break;
            }
            joined.append(new String(bytes, lineEnd + 2, Math.min(length, bytes.length - lineEnd - 2),
                    StandardCharsets.UTF_8));
            at = lineEnd + 2 + length + 2;
        }
        return joined.toString();
    }

    /** The server's log files (all but the access log) and how long each was when the test began. */
    private record Logs(Map<Path, Long> sizes) {

        static Logs now() {
            Map<Path, Long> sizes = new HashMap<>();
            for (Path file : files()) {
                sizes.put(file, size(file));
            }
            return new Logs(sizes);
        }

        /** Asserts that nothing written since holds the marker, a stack trace or a servlet error, and no new FFDC file. */
        void assertNothingNew(String marker, String what) {
            // the container writes its log lines on the request's thread, before the answer is complete
            for (Path file : files()) {
                String added = added(file);
                String name = file.getFileName().toString();
                assertFalse(sizes.get(file) == null && file.toString().contains("ffdc"),
                        "expected no FFDC incident for " + what + ", found " + name);
                assertFalse(added.contains(marker), "expected nothing typed in " + name + " for " + what);
                assertFalse(added.contains("\tat ") || added.contains("Exception:"),
                        "expected no stack trace or exception in " + name + " for " + what + ": " + shorten(added));
                for (String code : new String[]{"SRVE0315E", "SRVE0777E", "SRVE0325E", "CWWWC0005I", "FFDC1015I"}) {
                    assertFalse(added.contains(code),
                            "expected no " + code + " in " + name + " for " + what + ": " + shorten(added));
                }
            }
        }

        private String added(Path file) {
            long from = sizes.getOrDefault(file, 0L);
            try {
                byte[] all = Files.readAllBytes(file);
                return from >= all.length
                        ? ""
                        : new String(all, (int) from, all.length - (int) from,
                                StandardCharsets.ISO_8859_1);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        private static String shorten(String text) {
            return text.length() > 600 ? text.substring(0, 600) + "…" : text;
        }

        private static java.util.List<Path> files() {
            Path logs = Portal.serverDir().resolve("logs");
            try (Stream<Path> files = Files.walk(logs)) {
                return files.filter(Files::isRegularFile)
                        .filter(file -> !file.getFileName().toString().startsWith("http_access")).toList();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
