package nl.xenia.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The running portal (started by the build), spoken to over plain HTTP without following redirects. */
public final class Portal {

    public static final String BASE = System.getProperty("xenia.base.url", "http://localhost:9080");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Portal() {
    }

    /** The folder of the Liberty server the tests run against. */
    public static Path serverDir() {
        return Path.of(System.getProperty("xenia.server.dir", "target/liberty/wlp/usr/servers/xenia-it"));
    }

    public static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : BASE + path);
    }

    public static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        request.headers(asTestClient(headers));
        return send(request.build());
    }

    public static HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        request.headers(asTestClient(headers));
        return send(request.build());
    }

    /**
     * Each test class speaks as a client of its own (through the test server's trusted proxy, loopback):
     * an X-Forwarded-For address derived from the class's name, unless the caller names a forwarded
     * client itself. So the portal's per-client limits (wrong codes, questions asked) that one class
     * runs into never slow down another, nor the browser journeys, which come from loopback itself.
     */
    static String[] asTestClient(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("X-Forwarded-For") || headers[i].equalsIgnoreCase("Forwarded")) {
                return headers;
            }
        }
        String testClass = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.startsWith(Portal.class.getName())).findFirst().orElse(""));
        int hash = testClass.hashCode() & 0xffff;
        String[] withClient = java.util.Arrays.copyOf(headers, headers.length + 2);
        withClient[headers.length] = "X-Forwarded-For";
        withClient[headers.length + 1] = "198.18." + (hash >> 8) + "." + (hash & 0xff); // RFC 2544 test range
        return withClient;
    }

    public static HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, "Content-Type", "application/x-www-form-urlencoded");
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** The supported language codes, as the portal's own API lists them. */
    public static List<String> languages() {
        String json = get("/api/v1/languages").body();
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([a-z]+)\"")
                .matcher(json);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /**
     * Every public page reachable by links from each language's home page (same host, not the
     * exit, no fragments), so new pages are covered by the privacy tests as soon as they are linked.
     * Only pages: what a link leads to that is not an HTML page answered 200 (a calendar file, a
     * redirect) is followed no further and not returned.
     */
    public static Set<String> publicPages() {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        languages().forEach(code -> queue.add("/" + code + "/"));
        while (!queue.isEmpty() && pages.size() < 500) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("text/html")) {
                continue;
            }
            pages.add(path);
            for (Element link : html(response).select("a[href]")) {
                String href = link.attr("abs:href");
                if (!href.startsWith(BASE + "/")) {
                    continue;
                }
                String target = href.substring(BASE.length()).replaceAll("#.*$", "");
                if (!target.isEmpty() && !target.equals("/exit") && !seen.contains(target)) {
                    queue.add(target);
                }
            }
        }
        return pages;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /** Sends with the client given, the answer as UTF-8 text; failures unchecked. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
