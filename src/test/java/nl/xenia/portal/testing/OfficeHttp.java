package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One office visitor over plain HTTP, as a browser would be: its own cookies (the office session),
 * redirects not followed, and Faces forms filled as the page has them (the view state and the other
 * hidden fields, checkboxes only when ticked, PrimeFaces' nonce from the page's policy). Optional
 * headers go with every request (e.g. a forwarded client address).
 */
public final class OfficeHttp {

    private final CookieJar cookies;
    private final HttpClient client;
    private final String[] headers;

    public OfficeHttp(String... headers) {
        this(new CookieJar(), headers);
    }

    public OfficeHttp(CookieJar cookies, String... headers) {
        this.cookies = cookies;
        this.headers = headers.clone();
        this.client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public CookieJar cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /**
     * What a GET answers, short: the status, and for a 303 the office page it leads to, without its query
     * ("303 login").
     */
    public String answer(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElse("");
            String page = location.substring(location.lastIndexOf('/') + 1);
            return "303 " + (page.contains("?") ? page.substring(0, page.indexOf('?')) : page);
        }
        return String.valueOf(response.statusCode());
    }

    /** Follows 303s (with GETs, as a browser does) until a page answers otherwise. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
        }
        return current;
    }

    /** Opens the link with the given id on a page (e.g. the navigation's {@code nav-staff}, with its token). */
    public HttpResponse<String> click(HttpResponse<String> page, String linkId) {
        Element link = Portal.html(page).getElementById(linkId);
        assertTrue(link != null, "expected a link " + linkId + " on " + page.uri());
        return get(link.attr("abs:href"));
    }

    /** Opens the link with the given text on a page (e.g. a member's name in the staff list). */
    public HttpResponse<String> clickText(HttpResponse<String> page, String text) {
        Element link = Portal.html(page).select("a[href]").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a link '" + text + "' on " + page.uri()));
        return get(link.attr("abs:href"));
    }

    /** GETs the page, then posts its form with the values and the button, as {@link #submit(HttpResponse, String, Map, String)}. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> values, String button) {
        return submit(get(path), formId, values, button);
    }

    /** Posts a form of a page already fetched, with the values given (others as the page has them) and the button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> values,
            String button) {
        return post(page, formId, values, button, true);
    }

    /** As {@link #submit(String, String, Map, String)}, but without PrimeFaces' nonce. */
    public HttpResponse<String> submitWithoutNonce(String path, String formId, Map<String, String> values,
            String button) {
        return post(get(path), formId, values, button, false);
    }

    private HttpResponse<String> post(HttpResponse<String> page, String formId, Map<String, String> values,
            String button, boolean withNonce) {
        Document html = Portal.html(page);
        Element element = html.getElementById(formId);
        assertTrue(element instanceof FormElement, "expected the form " + formId + " on " + page.uri() + " (answered "
                + page.statusCode() + ")");
        FormElement form = (FormElement) element;
        List<String[]> fields = new ArrayList<>();
        for (KeyVal field : form.formData()) {
            boolean nonceField = "primefaces.nonce".equals(field.key());
            if (!values.containsKey(field.key()) && !(nonceField && !withNonce)) {
                fields.add(new String[]{field.key(), field.value()});
            }
        }
        values.forEach((name, value) -> fields.add(new String[]{name, value}));
        fields.add(new String[]{button, ""});
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "expected the office page's policy to carry a nonce: " + page.uri());
        if (withNonce && !values.containsKey("primefaces.nonce")
                && fields.stream().noneMatch(field -> field[0].equals("primefaces.nonce"))) {
            fields.add(new String[]{"primefaces.nonce", nonce.group(1)});
        }
        String body = fields.stream().map(field -> Portal.encode(field[0]) + "=" + Portal.encode(field[1]))
                .collect(Collectors.joining("&"));
        return send(request(form.attr("abs:action")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The text of the page's message list ({@code #messages}), or "" when it has none. */
    public static String messages(HttpResponse<String> page) {
        Element list = Jsoup.parse(page.body()).getElementById("messages");
        return list == null ? "" : list.text();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.uri(path)).timeout(Duration.ofSeconds(30));
        return headers.length == 0 ? request : request.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Portal.send(client, request);
    }
}
