package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.StaffMember;
import nl.xenia.portal.testing.RawHttp;
import org.jsoup.Jsoup;

/**
 * The office's authorization matrix: every office page (every file under src/main/webapp/office)
 * requested as an anonymous visitor, as a member with the STAFF role and as an ADMIN, each answer
 * compared with what the matrix expects. A page without a row makes the check fail.
 */
final class OfficeAuthorizationMatrix {

    /**
     * What a GET of the page answers when reached by the office's own links (with the session's
     * token): 200, 403, 404, or 303 to the named office page.
     */
    private record Expected(String anonymous, String staff, String admin) {
    }

    private static final Map<String, Expected> MATRIX = Map.ofEntries(
            Map.entry("setup", new Expected("404", "404", "404")), // closed like an unknown page: the fixture set up
            Map.entry("login", new Expected("200", "200", "200")),
            Map.entry("activate", new Expected("200", "200", "200")),
            Map.entry("recover", new Expected("200", "200", "200")),
            Map.entry("second-factor", new Expected("303 login", "303 dashboard", "303 dashboard")),
            Map.entry("enrol", new Expected("303 login", "303 dashboard", "303 dashboard")),
            Map.entry("dashboard", new Expected("303 login", "200", "200")),
            Map.entry("password", new Expected("303 login", "200", "200")),
            Map.entry("staff", new Expected("303 login", "403", "200")),
            Map.entry("member", new Expected("303 login", "403", "404")), // no such id; the journey opens a real one
            Map.entry("audit", new Expected("303 login", "403", "200")),
            Map.entry("pages", new Expected("303 login", "200", "200")),
            Map.entry("page", new Expected("303 login", "404", "404")), // no such id and language
            Map.entry("municipalities", new Expected("303 login", "200", "200")),
            Map.entry("municipality", new Expected("303 login", "404", "404")),
            Map.entry("questions", new Expected("303 login", "200", "200")),
            Map.entry("question", new Expected("303 login", "404", "404")),
            Map.entry("replies", new Expected("303 login", "200", "200")),
            Map.entry("reply", new Expected("303 login", "200", "200")), // no id: a new reply
            Map.entry("alerts", new Expected("303 login", "200", "200")));

    /**
     * Office API endpoints (paths of the OpenAPI document with "/office"), answered like the pages.
     * None yet: one added without a row here fails the check.
     */
    private static final Map<String, Expected> API = Map.of();

    /** Protected views: opened without the session's token (typed, bookmarked, linked from elsewhere). */
    private static final Set<String> PROTECTED = Set.of("password", "staff", "member", "audit", "pages", "page",
            "municipalities", "municipality", "questions", "question", "replies", "reply", "alerts");

    /**
     * Ways to name an office view ({@code %s} is the page) past its URL: a dot segment after another
     * prefix, encoded separators, the view's own file name. Each must be refused (400 or 404) to
     * anyone, signed in or not, and never show the page.
     */
    static final List<String> PAST_THE_GUARD = List.of("/jakarta.faces.resource/../office/%s.xhtml",
            "/jakarta.faces.resource/..%%2foffice/%s.xhtml", "/jakarta.faces.resource/..%%5coffice/%s.xhtml",
            "/jakarta.faces.resource/%%2e%%2e/office/%s.xhtml", "/jakarta.faces.resource/..;/office/%s.xhtml",
            "/office/%s.xhtml", "/nl/office/../office/%s", "/nl/info/../office/%s", "/en/office/./%s",
            "/office/en/%s.xhtml", "/office/nl/../%s.xhtml", "/office/en/./%s", "/office/en//%s", "/%%6ffice/en/%s");

    private OfficeAuthorizationMatrix() {
    }

    /** Every office page, by the files under src/main/webapp/office. */
    static Set<String> pages() {
        try (Stream<Path> files = Files
                .list(Path.of(System.getProperty("project.basedir", "."), "src/main/webapp/office"))) {
            return files.map(file -> file.getFileName().toString().replace(".xhtml", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** Checks every page and API path for anonymous visitors, a STAFF member and an ADMIN (both signed in here). */
    static void check(StaffMember admin, StaffMember member) {
        Set<String> pages = pages();
        assertEquals(pages, new TreeSet<>(MATRIX.keySet()), "expected every office page in the authorization matrix");

        OfficeHttp anonymous = new OfficeHttp();
        String openapi = anonymous.get("/openapi?format=JSON").body();
        Matcher apiPath = Pattern.compile("\"(/api/[^\"]*)\"\\s*:\\s*\\{").matcher(openapi);
        Set<String> officeApi = new TreeSet<>();
        Set<String> allApi = new TreeSet<>();
        while (apiPath.find()) {
            allApi.add(apiPath.group(1));
            if (apiPath.group(1).contains("/office")) {
                officeApi.add(apiPath.group(1));
            }
        }
        assertTrue(allApi.contains("/api/v1/languages"), "expected to read the API's paths: " + allApi);
        assertEquals(new TreeSet<>(API.keySet()), officeApi, "expected every office API path in the matrix");
        OfficeHttp staff = member.signIn();
        OfficeHttp administrator = admin.signIn();
        String staffToken = token(staff);
        String adminToken = token(administrator);
        for (Map.Entry<String, Expected> row : MATRIX.entrySet()) {
            String path = "/office/en/" + row.getKey() + switch (row.getKey()) {
                case "member", "municipality", "question" -> "?id=0";
                case "page" -> "?id=0&lang=nl";
                default -> "";
            };
            String separator = path.contains("?") ? "&" : "?";
            assertEquals(row.getValue().anonymous(), anonymous.answer(path), "expected for anonymous on " + path);
            assertEquals(row.getValue().staff(), staff.answer(path + separator + staffToken),
                    "expected for STAFF on " + path);
            assertEquals(row.getValue().admin(), administrator.answer(path + separator + adminToken),
                    "expected for ADMIN on " + path);
            for (String form : PAST_THE_GUARD) {
                String target = String.format(java.util.Locale.ROOT, form, row.getKey());
                for (Map.Entry<String, CookieJar> who : Map.of("anonymous", new CookieJar(), "STAFF", staff.cookies(),
                        "ADMIN", administrator.cookies()).entrySet()) {
                    String raw = RawHttp.get(null, target, who.getValue().header());
                    String status = raw.lines().findFirst().orElse("");
                    assertTrue(status.startsWith("HTTP/1.1 400") || status.startsWith("HTTP/1.1 404"),
                            "expected " + target + " refused (400 or 404) to " + who.getKey() + ", got " + status);
                    assertTrue(!raw.contains("ln=primefaces"),
                            "expected no office page in the answer to " + target + " for " + who.getKey());
                }
            }
            if (PROTECTED.contains(row.getKey())) {
                assertEquals(row.getValue().staff().equals("403") ? "403" : "303 dashboard", staff.answer(path),
                        "expected " + path + " without the token not shown to STAFF");
                assertEquals("303 dashboard", administrator.answer(path),
                        "expected " + path + " without the token not shown to ADMIN");
                assertEquals("303 dashboard", administrator.answer(path + separator + staffToken),
                        "expected " + path + " with another session's token not shown");
            }
        }
    }

    /** The protected-view token of a signed-in visitor's session, as its dashboard's links carry it. */
    private static String token(OfficeHttp office) {
        String dashboard = office.get("/office/en/dashboard").body();
        String href = Jsoup.parse(dashboard).getElementById("nav-password").attr("href");
        Matcher token = Pattern.compile("jakarta\\.faces\\.Token=[^&]+").matcher(href);
        assertTrue(token.find(), "expected the link to a protected page to carry the token: " + href);
        return token.group();
    }
}
