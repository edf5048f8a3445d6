package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.RawHttp;
import nl.xenia.portal.testing.StaffMember;

/**
 * The office's authorization matrix: every office page (as the components contribute them)
 * requested as an anonymous visitor, as a member with the STAFF role and as an ADMIN, each answer
 * compared with what the matrix expects. A page without a row makes the check fail.
 */
final class OfficeAuthorizationMatrix {

    /**
     * What a GET of the page answers (typed, bookmarked or followed from a link alike): 200, 403, 404, or 303 to
     * the named office page.
     */
    private record Expected(String anonymous, String staff, String admin) {
    }

    /**
     * What each page answers, derived from how its component contributes it (testing.OfficeMap reads the same
     * contributions as the office's registry): the set-up page is closed once set up (the fixture did); the sign-in
     * pages are open; the second step is for a login half-way; other pages send anonymous visitors to sign in; a
     * role page answers 403 to other roles; a page showing one item answers 404 for an id that does not exist.
     */
    private static Expected expected(OfficePage page) {
        return switch (page.access()) {
            case UNTIL_FIRST_ADMIN -> new Expected("404", "404", "404");
            case OPEN -> new Expected("200", "200", "200");
            case DURING_LOGIN -> new Expected("303 login", "303 dashboard", "303 dashboard");
            case SIGNED_IN -> new Expected("303 login", "200", "200");
            case ROLES, ROLES_WITHOUT_KEY ->
                new Expected("303 login", forRole(page, Role.STAFF), forRole(page, Role.ADMIN));
        };
    }

    private static String forRole(OfficePage page, Role role) {
        if (!page.allows(Set.of(role))) {
            return "403";
        }
        return page.item() ? "404" : "200";
    }

    /**
     * Office API endpoints (paths of the OpenAPI document with "/office"), answered like the pages.
     * None yet: one added without a row here fails the check.
     */
    private static final Map<String, Expected> API = Map.of();

    /**
     * Ways to name an office view ({@code %s} is the page) past its URL: a dot segment after another
     * prefix, encoded separators, the view's own file name. Each must be refused (400 or 404) to
     * anyone, signed in or not, and never show the page.
     */
    static final List<String> PAST_THE_GUARD = List.of("/jakarta.faces.resource/../office/%2$s.xhtml",
            "/jakarta.faces.resource/..%%2foffice/%2$s.xhtml", "/jakarta.faces.resource/..%%5coffice/%2$s.xhtml",
            "/jakarta.faces.resource/%%2e%%2e/office/%2$s.xhtml", "/jakarta.faces.resource/..;/office/%2$s.xhtml",
            "/office/%2$s.xhtml", "/nl/office/../office/%1$s", "/nl/info/../office/%1$s", "/en/office/./%1$s",
            "/office/en/%1$s.xhtml", "/office/en/%2$s.xhtml", "/office/nl/../%2$s.xhtml", "/office/en/./%1$s",
            "/office/en//%1$s", "/%%6ffice/en/%1$s");

    private OfficeAuthorizationMatrix() {
    }

    /** Checks every page and API path for anonymous visitors, a STAFF member and an ADMIN (both signed in here). */
    static void check(StaffMember admin, StaffMember member) {
        Map<String, OfficePage> pages = OfficeMap.pages();
        assertEquals(OfficeMap.viewFiles(),
                pages.values().stream().map(OfficePage::view).collect(Collectors.toCollection(TreeSet::new)),
                "expected every view under office/ contributed as an office page by its component");

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
        for (OfficePage page : pages.values()) {
            Expected expected = expected(page);
            String path = "/office/en/" + page.name() + (page.item() ? "?id=0&lang=nl" : "");
            assertEquals(expected.anonymous(), anonymous.answer(path), "expected for anonymous on " + path);
            assertEquals(expected.staff(), staff.answer(path),
                    "expected for STAFF on " + path);
            assertEquals(expected.admin(), administrator.answer(path),
                    "expected for ADMIN on " + path);
            for (String form : PAST_THE_GUARD) {
                String target = String.format(java.util.Locale.ROOT, form, page.name(), OfficeMap.viewPath(page));
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
        }
    }
}
