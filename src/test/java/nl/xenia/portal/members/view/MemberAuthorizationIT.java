package nl.xenia.portal.members.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Who reaches what, as anonymous visitors, a member of the sounding board, and staff (STAFF, COORDINATOR, ADMIN, REPORTING without the key, each
 * signed in to the office): every member page (read from the views under {@code members/}, so the consultations'
 * member pages are covered the day they land) and every office page (as the components contribute them). A member's
 * session gives nothing in the office; a staff session gives nothing on a member page, even sent there by hand; the
 * office's members pages are for ADMIN and COORDINATOR.
 */
class MemberAuthorizationIT {

    private static final Path WEBAPP = Path.of(System.getProperty("project.basedir", ".")).resolve("src/main/webapp");
    /** Member pages open to anyone: what a GET answers everyone. */
    private static final Map<String, String> OPEN = Map.of("members/join", "200", "members/sign-in", "200",
            "members/sign-out", "303 members");

    private static String pseudonym() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return "matrix-" + HexFormat.of().formatHex(random);
    }

    /** Every member page: the members' home and each view under members/ (file name as the page). */
    static Set<String> memberPages() {
        Set<String> pages = new TreeSet<>();
        pages.add("members");
        try (Stream<Path> files = Files.list(WEBAPP.resolve("members"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".xhtml"))
                    .map(name -> "members/" + name.substring(0, name.length() - ".xhtml".length()))
                    .forEach(pages::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return pages;
    }

    @Test
    void onlyAMemberSignedInAsAMemberReachesTheMemberPages() {
        MemberSession member = MemberSession.joined(pseudonym());
        MemberSession anonymous = MemberSession.visitor();
        Map<String, OfficeHttp> staff = staff();
        Set<String> pages = memberPages();
        assertTrue(pages.containsAll(List.of("members", "members/account", "members/join", "members/sign-in",
                "members/second-step", "members/leave")), "expected to find the member pages: " + pages);
        for (String page : pages) {
            String path = "/en/" + page;
            String forOthers = OPEN.getOrDefault(page, "303 sign-in");
            assertEquals(forOthers, answer(anonymous.get(path)), "expected for anonymous on " + path);
            for (Map.Entry<String, OfficeHttp> who : staff.entrySet()) {
                String office = who.getValue().cookies().value("id");
                assertTrue(!office.isEmpty(), "expected " + who.getKey() + " to hold an office session");
                String raw = RawHttp.get(null, path, "Cookie: id=" + office, "X-Forwarded-For: 198.18.9.9");
                assertEquals(forOthers, rawAnswer(raw),
                        "expected " + who.getKey() + "'s office session (sent by hand) to give nothing on " + path);
            }
            String forMember = answer(member.get(path));
            if (OPEN.containsKey(page) || page.equals("members/sign-in")) {
                continue;
            }
            if (page.equals("members/second-step")) {
                assertEquals("303 members", forMember, "expected a signed-in member sent home from the second step");
            } else {
                assertNotEquals("303 sign-in", forMember, "expected the member to reach " + path);
                assertTrue(!forMember.startsWith("5") && !forMember.equals("403"),
                        "expected no error for the member on " + path + ": " + forMember);
            }
        }
        for (String mine : List.of("members", "members/account", "members/leave")) {
            assertEquals("200", answer(member.get("/en/" + mine)), "expected the member to read /en/" + mine);
        }
        assertEquals("303 members", answer(member.get("/en/members/sign-in")),
                "expected a signed-in member sent home from signing in");
    }

    @Test
    void aMemberNeverReachesTheOfficeAndOnlyAdminsAndCoordinatorsReachItsMembersPages() {
        MemberSession member = MemberSession.joined(pseudonym());
        OfficeHttp anonymous = new OfficeHttp();
        Map<String, OfficeHttp> staff = staff();
        Map<String, OfficePage> pages = OfficeMap.pages();
        assertTrue(pages.containsKey("members") && pages.containsKey("member-invitation")
                && pages.containsKey("member-remove"), "expected the members' office pages: " + pages.keySet());
        String memberCookie = "Cookie: m=" + member.cookies().value("m");
        for (OfficePage page : pages.values()) {
            String path = "/office/en/" + page.name() + (page.item() ? "?id=0" : "");
            String forAnonymous = anonymous.answer(path);
            String raw = RawHttp.get(null, path, memberCookie, "X-Forwarded-For: " + member.clientAddress());
            assertEquals(forAnonymous, officeAnswer(raw),
                    "expected a member's session to give nothing more than none on " + path);
            for (Map.Entry<String, OfficeHttp> who : staff.entrySet()) {
                Role role = Role.valueOf(who.getKey());
                assertEquals(expected(page, role), who.getValue().answer(path),
                        "expected for " + role + " on " + path);
            }
        }
        assertEquals("303 login", anonymous.answer("/office/en/members"), "expected anonymous sent to sign in");
        assertEquals("403", staff.get("STAFF").answer("/office/en/members"), "expected STAFF refused the members");
        assertEquals("200", staff.get("COORDINATOR").answer("/office/en/members"), "expected a coordinator in");
        assertEquals("200", staff.get("ADMIN").answer("/office/en/members"), "expected an admin in");
    }

    /** What a GET of an office page answers a role (as testing's office matrix derives it). */
    private static String expected(OfficePage page, Role role) {
        return switch (page.access()) {
            case UNTIL_FIRST_ADMIN -> "404";
            case OPEN, SIGNED_IN -> "200";
            case DURING_LOGIN -> "303 dashboard";
            case ROLES, ROLES_WITHOUT_KEY -> !page.allows(Set.of(role)) ? "403" : page.item() ? "404" : "200";
        };
    }

    private static Map<String, OfficeHttp> staff() {
        Map<String, OfficeHttp> staff = new LinkedHashMap<>();
        staff.put("STAFF", Office.member("members-matrix-staff", "STAFF").signIn());
        staff.put("COORDINATOR", Office.member("members-matrix-coordinator", "COORDINATOR").signIn());
        staff.put("ADMIN", Office.member("members-matrix-admin", "ADMIN").signIn());
        // REPORTING reads monitoring only and is never given the organisation's key
        staff.put("REPORTING", Office.memberWithoutAccess("members-matrix-reporting", "REPORTING").signIn());
        return staff;
    }

    /** A member page's answer, short: the status, and for a 303 the members' page it leads to. */
    private static String answer(HttpResponse<String> response) {
        return response.statusCode() == 303
                ? "303 " + page(response.headers().firstValue("Location").orElse(""))
                : String.valueOf(response.statusCode());
    }

    private static String rawAnswer(String raw) {
        String status = raw.lines().findFirst().orElse("").split(" ")[1];
        if (!status.equals("303")) {
            return status;
        }
        String location = raw.lines().filter(line -> line.toLowerCase().startsWith("location:")).findFirst()
                .orElse("").substring("location:".length()).strip();
        return "303 " + page(location);
    }

    /** An office answer from a raw response, as OfficeHttp.answer gives it ("303 login"). */
    private static String officeAnswer(String raw) {
        String status = raw.lines().findFirst().orElse("").split(" ")[1];
        if (!status.equals("303")) {
            return status;
        }
        String location = raw.lines().filter(line -> line.toLowerCase().startsWith("location:")).findFirst()
                .orElse("").substring("location:".length()).strip();
        String last = location.substring(location.lastIndexOf('/') + 1);
        return "303 " + (last.contains("?") ? last.substring(0, last.indexOf('?')) : last);
    }

    /** The members' page a location names: "members" for the home, else the part after members/, query dropped. */
    private static String page(String location) {
        String path = location.replaceAll("\\?.*$", "").replaceAll("^https?://[^/]+", "");
        String[] parts = path.split("/");
        return Stream.of(parts).skip(2).collect(Collectors.joining("/")).replaceFirst("^members/", "");
    }
}
