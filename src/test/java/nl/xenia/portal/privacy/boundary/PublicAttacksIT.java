package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public side attacked over HTTP (issue 10, points 13 to 17): a rotating forwarded address, a
 * flood of questions, a 5 MB question, unreadable requests, and HTTPS through the trusted proxy. The
 * test server trusts 127.0.0.1 and ::1 as its reverse proxy (integration-tests.xml); other loopback
 * addresses (127.0.0.x) are ordinary clients. Each attack uses client addresses of its own, so no
 * other test class's counts matter. Asking needs an organisation key: the office fixture's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicAttacksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("public-attacks-it");
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(1)
    @RunAsClient
    void theOfficeIsSetUpSoQuestionsCanBeAsked() {
        Office.admin();
    }

    /** Point 13: from an untrusted peer a new X-Forwarded-For on every try does not make a new client. */
    @Test
    @Order(2)
    @RunAsClient
    void aRotatingForwardedAddressFromAnUntrustedPeerDoesNotResetTheGuessLimit() {
        String peer = "127.0.0." + ThreadLocalRandom.current().nextInt(100, 250);
        String lastTyped = null;
        String lastAnswer = null;
        for (int i = 0; i < 4; i++) {
            lastTyped = "WRNG-" + i + "AAA-BBBB-CCCC";
            lastAnswer = RawHttp.exchange(peer, post("/en/inbox", form("code", lastTyped),
                    "X-Forwarded-For: 198.51.100." + (i + 1), "Forwarded: for=203.0.113." + (i + 1)));
        }
        Document page = html(lastAnswer);
        assertEquals(Bundles.text("en", "QuestionException.Problem.WAIT"), text(page, "error"),
                "expected the fourth wrong code in a row to be answered with wait a moment, whatever the headers said");
        assertEquals(lastTyped, page.getElementById("code").attr("value"), "expected the typed code kept in the form");
    }

    /** Point 13: through the trusted proxy the right-most forwarded address is the client, and the proxy itself is another. */
    @Test
    @Order(3)
    @RunAsClient
    void throughTheTrustedProxyTheForwardedClientIsCountedAndNotThePeer() {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(10, 250);
        Document page = null;
        for (int i = 0; i < 4; i++) {
            // what the client sent itself (left) changes every time; what the proxy appended (right) does not
            page = Portal.html(Portal.send("POST", "/nl/inbox", form("code", "AAAA-BBBB-CCCC-000" + i),
                    "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For",
                    "203.0.113." + i + ", " + client));
        }
        assertEquals(Bundles.text("nl", "QuestionException.Problem.WAIT"), text(page, "error"),
                "expected the forwarded client to wait after three wrong codes, despite a changing left part");
        Document other = Portal.html(Portal.send("POST", "/nl/inbox", form("code", "AAAA-BBBB-CCCC-1111"),
                "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", "192.0.2.77"));
        assertEquals(Bundles.text("nl", "inbox.message.error.wrong"), text(other, "error"),
                "expected another forwarded client not to share the pause");
        // straight from the proxy's address, with no forwarded header at all
        Document proxyItself = html(
                RawHttp.exchange("127.0.0.1", post("/nl/inbox", form("code", "AAAA-BBBB-CCCC-2222"))));
        assertEquals(Bundles.text("nl", "inbox.message.error.wrong"), text(proxyItself, "error"),
                "expected a request from the proxy's address without forwarded headers to count as its own client");
    }

    /** Point 14: one client asks many questions in seconds; the sixth is refused, translated, with the form kept. */
    @Test
    @Order(4)
    @RunAsClient
    void askingManyQuestionsFromOneClientIsRefusedWithTheFormKept() {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(10, 250) + ", 192.0.2."
                + ThreadLocalRandom.current().nextInt(10, 250);
        for (int i = 0; i < 5; i++) {
            Document asked = ask("ro", client, "Întrebare de probă " + i, "");
            assertNotNull(asked.getElementById("receipt-code"), "expected question " + (i + 1) + " accepted");
        }
        String question = "A sixth question, typed with care: keep it.";
        Document refused = ask("ro", client, question, "nu-ma-pierde@example.invalid");
        assertNull(refused.getElementById("receipt-code"), "expected no receipt for the sixth question in a row");
        assertEquals(Bundles.text("ro", "QuestionException.Problem.LIMIT"), text(refused, "error"),
                "expected the refusal in Romanian");
        assertEquals(question, refused.getElementById("question").text(), "expected the question kept");
        assertEquals("nu-ma-pierde@example.invalid", refused.getElementById("mail").attr("value"),
                "expected the mail address kept");
        assertEquals("HEALTH", refused.selectFirst("#topic option[selected]").attr("value"), "expected the topic kept");
        Document someoneElse = ask("ro", "192.0.2." + ThreadLocalRandom.current().nextInt(10, 250), "Alt om", "");
        assertNotNull(someoneElse.getElementById("receipt-code"), "expected another client still able to ask");
    }

    /** Point 15: a 5 MB question is refused before it is read, with the translated 413 page. */
    @Test
    @Order(5)
    @RunAsClient
    void aFiveMegabyteQuestionIsRefusedWith413() {
        int size = 5 * 1024 * 1024;
        String response = sendHuge("/ro/ask", size, false);
        assertTrue(response.startsWith("HTTP/1.1 413"), "expected 413 for a 5 MB form, got " + firstLine(response));
        assertEquals(Bundles.text("ro", "errorpages.413.title"), html(response).selectFirst("h1").text(),
                "expected the translated 413 page in the language of the address");
        String chunked = sendHuge("/ro/ask", 256 * 1024, true);
        assertTrue(chunked.startsWith("HTTP/1.1 413"),
                "expected 413 for a form sent without a length, got " + firstLine(chunked));
    }

    /** Point 15: what is given back after a refusal is never longer than the field. */
    @Test
    @Order(6)
    @RunAsClient
    void aTooLongQuestionIsGivenBackCutToTheFieldsMaximum() {
        String longText = "ă".repeat(8_000); // 48 KB encoded: under the 64 KB limit, twice the field
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", UUID.randomUUID().toString());
        fields.put("topic", "HEALTH");
        fields.put("question", longText);
        fields.put("mail", "x".repeat(1_000));
        HttpResponse<String> response = Portal.send("POST", "/ro/ask", encode(fields), "Content-Type",
                "application/x-www-form-urlencoded", "X-Forwarded-For", "192.0.2.200");
        assertEquals(200, response.statusCode(), "expected the form page again");
        Document page = Portal.html(response);
        assertEquals(4000, page.getElementById("question").text().length(),
                "expected the question given back cut to its 4000 characters");
        assertTrue(page.getElementById("mail").attr("value").length() <= 320,
                "expected the mail field given back cut to its 320 characters");
        assertTrue(response.body().length() < 60_000, "expected no more sent back than the fields hold");
    }

    /** Point 16: unreadable requests get the translated 400 page, and no log carries what was typed. */
    @Test
    @Order(7)
    @RunAsClient
    void unreadableRequestsGetA400PageAndLeaveNothingTypedInTheLogs() throws IOException {
        String marker = "typedmarker" + Leaks.marker();
        Path messagesLog = Portal.serverDir().resolve("logs/messages.log");
        long logSize = Files.size(messagesLog);
        List<String[]> attacks = new ArrayList<>();
        attacks.add(new String[]{"malformed escapes in a form",
                post("/ro/inbox", "code=" + marker + "%zz%&&&=%")});
        attacks.add(new String[]{"malformed escapes in a query",
                "GET /ro/inbox?code=" + marker + "%zz%&&&=% HTTP/1.1\r\nHost: " + host()
                        + "\r\nConnection: close\r\n\r\n"});
        attacks.add(new String[]{"10,000 form fields", post("/ro/inbox", "code=" + marker
                + Stream.iterate(0, i -> i + 1).limit(10_000).map(i -> "&f=1")
                        .collect(Collectors.joining()))});
        attacks.add(new String[]{"an unknown charset", "POST /ro/inbox HTTP/1.1\r\nHost: " + host()
                + "\r\nContent-Type: application/x-www-form-urlencoded; charset=x-unknown\r\nContent-Length: "
                + ("code=" + marker).length() + "\r\nConnection: close\r\n\r\ncode=" + marker});
        for (String[] attack : attacks) {
            String response = RawHttp.exchange(null, attack[1]);
            assertTrue(response.startsWith("HTTP/1.1 400"), "expected 400 for " + attack[0] + ", got "
                    + firstLine(response));
            Document page = html(response);
            assertEquals("ro", page.selectFirst("html").attr("lang"), "expected the 400 page in Romanian for "
                    + attack[0]);
            assertEquals(Bundles.text("ro", "errorpages.400.title"), page.selectFirst("h1").text(),
                    "expected the translated 400 title for " + attack[0]);
            assertFalse(response.contains(marker), "expected nothing typed echoed for " + attack[0]);
        }
        // a NUL in the path: Liberty's web container refuses it (400) before the application sees it
        String nul = RawHttp.exchange(null, "GET /ro/" + marker + "%00 HTTP/1.1\r\nHost: " + host()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(nul.startsWith("HTTP/1.1 400"), "expected 400 for a NUL in the path, got " + firstLine(nul));
        // the access log records paths by design (without addresses); every other log must hold nothing typed
        Path logs = Portal.serverDir().resolve("logs");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("http_access")).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(marker), "expected nothing typed in " + file);
            }
        }
        // only what these requests added: other tests (FailuresLeaveNoTraceIT) cause server errors on purpose
        byte[] log = Files.readAllBytes(messagesLog);
        String messages = new String(log, log.length >= logSize ? (int) logSize : 0,
                log.length >= logSize ? (int) (log.length - logSize) : log.length, StandardCharsets.ISO_8859_1);
        assertFalse(messages.contains("SRVE0777E") || messages.contains("SRVE0315E"),
                "expected no servlet exception logged for an unreadable request");
    }

    /** Point 17: HTTPS reported by the trusted proxy alone gives HSTS; the same header from anyone else does not. */
    @Test
    @Order(8)
    @RunAsClient
    void httpsFromTheTrustedProxyAloneGivesHstsAndFromAnyoneElseNot() {
        HttpResponse<String> proxied = Portal.get("/nl/", "X-Forwarded-Proto", "https");
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "expected HSTS when the trusted proxy forwards X-Forwarded-Proto: https without X-Forwarded-For");
        HttpResponse<String> forwarded = Portal.get("/nl/", "Forwarded", "for=192.0.2.1;proto=https");
        assertTrue(forwarded.headers().firstValue("Strict-Transport-Security").isPresent(),
                "expected HSTS when the trusted proxy forwards Forwarded: proto=https");
        String untrusted = RawHttp.get("127.0.0." + ThreadLocalRandom.current().nextInt(100, 250), "/nl/",
                "X-Forwarded-Proto: https", "X-Forwarded-For: 192.0.2.1");
        assertTrue(untrusted.startsWith("HTTP/1.1 200"), "expected the home page, got " + firstLine(untrusted));
        assertFalse(head(untrusted).contains("strict-transport-security"),
                "expected no HSTS when an untrusted client claims HTTPS");
    }

    private static Document ask(String language, String forwardedFor, String question, String mail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", UUID.randomUUID().toString());
        fields.put("topic", "HEALTH");
        fields.put("question", question);
        fields.put("mail", mail);
        return Portal.html(Portal.send("POST", "/" + language + "/ask", encode(fields), "Content-Type",
                "application/x-www-form-urlencoded", "X-Forwarded-For", forwardedFor));
    }

    private static String form(String name, String value) {
        return encode(Map.of(name, value));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String post(String path, String body, String... headerLines) {
        StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host())
                .append("\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                .append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("Connection: close\r\n\r\n").append(body).toString();
    }

    /** Sends a form body of {@code size} bytes (declared, or chunked) and reads whatever the server answers. */
    private static String sendHuge(String path, int size, boolean chunked) {
        URI base = URI.create(Portal.BASE);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(InetAddress.getByName(base.getHost()), base.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + size)
                    + "\r\nConnection: close\r\n\r\n";
            byte[] piece = ("question=" + "a".repeat(8 * 1024 - 9)).getBytes(StandardCharsets.US_ASCII);
            // the body goes out beside the reading: the server may answer (and stop reading) at any time
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int sent = 0; sent < size; sent += piece.length) {
                        int length = Math.min(piece.length, size - sent);
                        if (chunked) {
                            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(piece, 0, length);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        } else {
                            out.write(piece, 0, length);
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server stopped reading and closed: its answer is what counts
                }
            });
            writer.setDaemon(true);
            writer.start();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String host() {
        URI base = URI.create(Portal.BASE);
        return base.getHost() + ":" + base.getPort();
    }

    /** The body of a raw response, chunks joined when it was sent in chunks. */
    private static Document html(String response) {
        int start = response.indexOf("\r\n\r\n");
        if (start < 0) {
            return Jsoup.parse("");
        }
        String body = response.substring(start + 4);
        if (head(response).contains("transfer-encoding: chunked")) {
            StringBuilder joined = new StringBuilder();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int at = 0;
            while (at < bytes.length) {
                int lineEnd = body.indexOf("\r\n", 0) < 0 ? -1 : indexOf(bytes, at);
                if (lineEnd < 0) {
                    break;
                }
                int length = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip(),
                        16);
                if (length == 0) {
                    break;
                }
                joined.append(new String(bytes, lineEnd + 2, Math.min(length, bytes.length - lineEnd - 2),
                        StandardCharsets.UTF_8));
                at = lineEnd + 2 + length + 2;
            }
            body = joined.toString();
        }
        return Jsoup.parse(body);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return (end < 0 ? response : response.substring(0, end)).toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Document page, String id) {
        return page.getElementById(id) == null ? "(no #" + id + ")" : page.getElementById(id).text();
    }

    private static String firstLine(String response) {
        return response.lines().findFirst().orElse("(nothing)");
    }
}
