package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Requests from a distinctive client address, user agent, forwarded address and query leave none
 * of them in any file the server writes under its logs.
 */
class NoClientDataInLogsIT {

    /** A loopback address of its own, so it cannot appear in a log by coincidence (e.g. a listen address). */
    private static final String CLIENT_ADDRESS = "127.0.0.77";
    private static final String FORWARDED_ADDRESS = "198.51.100.77";

    @Test
    void noAddressUserAgentOrQueryInAnyLog() throws Exception {
        String marker = "XeniaMarkerAgent-" + UUID.randomUUID();
        String probe = "log-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String query = "who=" + marker.toLowerCase();
        for (String target : List.of("/nl/?" + query, "/nl/" + probe + "?" + query, "/?" + query,
                "/api/v1/languages?" + query, "/exit?" + query)) {
            String response = RawHttp.get(CLIENT_ADDRESS, target, "User-Agent: " + marker,
                    "X-Forwarded-For: " + FORWARDED_ADDRESS, "Referer: http://" + marker + ".example/");
            assertTrue(response.startsWith("HTTP/1.1"), "expected an HTTP answer for " + target);
        }
        Path logs = Portal.serverDir().resolve("logs");
        Path accessLog = logs.resolve("http_access.log");
        long deadline = System.currentTimeMillis() + 20_000;
        while (!(Files.exists(accessLog) && Files.readString(accessLog, StandardCharsets.ISO_8859_1).contains(probe))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(Files.readString(accessLog, StandardCharsets.ISO_8859_1).contains(probe),
                "expected the access log to record the probe's path, so the search below means something");

        try (Stream<Path> files = Files.walk(Portal.serverDir().resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = read(file);
                for (String secret : List.of(CLIENT_ADDRESS, FORWARDED_ADDRESS, marker, marker.toLowerCase(), query)) {
                    assertTrue(!content.contains(secret), "expected no " + secret + " in " + file);
                }
            }
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
