package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.privacy.boundary.Totp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The office as every integration test may find it, made through the real pages over HTTP: the
 * first admin (once per test JVM, by whichever test asks first, with the bootstrap token from the
 * server log; it holds the organisation's key, and the recovery key shown at set-up is kept), and
 * members with given roles, invited by that admin, activated with the code the page shows, both
 * steps enrolled and (unless asked otherwise) given access to the organisation's key. No test relies
 * on another having spent the token: they all ask here. Every step is asserted.
 */
public final class Office {

    /** The first admin's name and password (in-container tests unlock the organisation's key with them). */
    public static final String ADMIN = "first-admin";
    public static final String ADMIN_PASSWORD = "four quiet herons over the frisian lakes";

    private static StaffMember admin;
    private static String recoveryKey;
    private static OfficeHttp adminOffice;
    private static final Map<String, StaffMember> MEMBERS = new HashMap<>();

    private Office() {
    }

    /** The first admin, set up now if nobody has asked before. */
    public static synchronized StaffMember admin() {
        if (admin == null) {
            setUp();
        }
        return admin;
    }

    /** The recovery key the set-up page showed once (it opens the organisation's key). */
    public static synchronized String recoveryKey() {
        admin();
        return recoveryKey;
    }

    /** A member with the role (STAFF, ADMIN or COORDINATOR) who holds the organisation's key; made on first request. */
    public static synchronized StaffMember member(String username, String role) {
        return MEMBERS.computeIfAbsent(username, name -> {
            StaffMember member = signedUp(name, role);
            giveAccess(name);
            return member;
        });
    }

    /** A member who signed up (both steps) but was not given the organisation's key yet; made on first request. */
    public static synchronized StaffMember memberWithoutAccess(String username, String role) {
        return MEMBERS.computeIfAbsent(username, name -> signedUp(name, role));
    }

    /** A password for a test account: long, not common, the same for a name in every JVM. */
    public static String passwordOf(String username) {
        return "test account " + username + " takes the slow ferry to terschelling";
    }

    /** The last bootstrap token the server logged (every one stays valid until the first admin signs up). */
    public static String latestBootstrapToken() {
        String log;
        try {
            log = Files.readString(Portal.serverDir().resolve("logs/messages.log"), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Matcher token = Pattern.compile("Staff bootstrap token .*: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})").matcher(log);
        String last = null;
        while (token.find()) {
            last = token.group(1);
        }
        assertNotNull(last, "expected a bootstrap token in the server log");
        return last;
    }

    /** The admin's office session (signed in again should it have ended). */
    public static synchronized OfficeHttp adminOffice() {
        admin();
        if (!adminOffice.answer("/office/en/dashboard").equals("200")) {
            adminOffice = admin.signIn();
        }
        return adminOffice;
    }

    private static void setUp() {
        OfficeHttp visitor = new OfficeHttp();
        HttpResponse<String> setup = visitor.get("/office/en/setup");
        assertEquals(200, setup.statusCode(),
                "expected the set-up page open: the first admin is made once per test run, here (fresh database)");
        HttpResponse<String> created = visitor.follow(visitor.submit(setup, "setup", Map.of("setup:token",
                latestBootstrapToken(), "setup:username", ADMIN, "setup:password", ADMIN_PASSWORD), "setup:create"));
        Element key = Portal.html(created).getElementById("recovery-key");
        assertTrue(key != null && key.text().length() > 30,
                "expected the recovery key shown once after set-up: " + OfficeHttp.messages(created));
        recoveryKey = key.text();
        assertEquals(404, Portal.get("/office/en/setup").statusCode(),
                "expected the set-up page closed (404) once the first admin exists");
        Enrolled enrolled = enrol(ADMIN, ADMIN_PASSWORD, Set.of("ADMIN"));
        admin = enrolled.member();
        adminOffice = enrolled.office();
    }

    /** Invited by the admin, activated with the code the page shows, both steps enrolled. */
    private static StaffMember signedUp(String username, String role) {
        assertTrue(Set.of("STAFF", "ADMIN", "COORDINATOR", "REPORTING").contains(role),
                "expected a role of the office: " + role);
        OfficeHttp office = adminOffice();
        HttpResponse<String> staffPage = office.click(office.get("/office/en/dashboard"), "nav-staff");
        Map<String, String> invitation = new LinkedHashMap<>();
        invitation.put("invite:username", username);
        invitation.put("invite:roles", role);
        HttpResponse<String> invited = office.follow(office.submit(staffPage, "invite", invitation, "invite:send"));
        Element code = Portal.html(invited).getElementById("activation-code");
        assertNotNull(code, "expected the activation code shown for " + username + ": " + OfficeHttp.messages(invited));

        OfficeHttp newcomer = new OfficeHttp();
        HttpResponse<String> activated = newcomer.follow(newcomer.submit("/office/en/activate", "activate",
                Map.of("activate:code", code.text(), "activate:password", passwordOf(username)), "activate:go"));
        assertNotNull(Portal.html(activated).getElementById("activated"),
                "expected " + username + " activated: " + OfficeHttp.messages(activated));
        return enrol(username, passwordOf(username), Set.of(role)).member();
    }

    private record Enrolled(StaffMember member, OfficeHttp office) {
    }

    /** The first sign-in: the password leads to the enrolment, whose code confirms the second step. */
    private static Enrolled enrol(String username, String password, Set<String> roles) {
        OfficeHttp office = new OfficeHttp();
        HttpResponse<String> afterPassword = office.submit("/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals("/office/en/enrol", afterPassword.headers().firstValue("Location").orElse(""),
                "expected " + username + "'s first sign-in to lead to the enrolment: "
                        + OfficeHttp.messages(afterPassword));
        HttpResponse<String> enrolment = office.follow(afterPassword);
        Element shown = Portal.html(enrolment).getElementById("secret");
        assertNotNull(shown, "expected the enrolment to show the secret");
        Element qr = Portal.html(enrolment).getElementById("qr");
        assertTrue(qr != null && qr.attr("src").startsWith("data:image/svg+xml;base64,"),
                "expected the QR code drawn by the server, inline");
        byte[] secret = StaffMember.decode(shown.text());
        Instant now = Instant.now();
        if (now.getEpochSecond() % 30 > 25) {
            now = now.plusSeconds(30); // the next step's code, so it cannot fall out of the window on its way
        }
        HttpResponse<String> confirmed = office.follow(office.submit(enrolment, "enrol",
                Map.of("enrol:code", new Totp().code(secret, now)), "enrol:confirm"));
        Document codes = Portal.html(confirmed);
        List<String> recoveryCodes = codes.select("#recovery-codes li").eachText();
        assertEquals(10, recoveryCodes.size(),
                "expected ten recovery codes after " + username + " enrolled: " + OfficeHttp.messages(confirmed));
        assertEquals("200", office.answer("/office/en/dashboard"),
                "expected " + username + " signed in after enrolling");
        return new Enrolled(
                new StaffMember(username, password, roles, secret, recoveryCodes, now.getEpochSecond() / 30),
                office);
    }

    private static void giveAccess(String username) {
        OfficeHttp office = adminOffice();
        HttpResponse<String> member = office.clickText(office.click(office.get("/office/en/dashboard"), "nav-staff"),
                username);
        assertNotNull(Portal.html(member).getElementById("access"),
                "expected " + username + "'s page to offer giving access to the organisation's key");
        HttpResponse<String> given = office.follow(office.submit(member, "access", Map.of(), "access:give"));
        assertTrue(OfficeHttp.messages(given).contains(Bundles.text("en", "office.member.message.access")),
                "expected access given to " + username + ": " + OfficeHttp.messages(given));
        assertFalse(Portal.html(given).getElementById("access") != null,
                "expected the offer to give access gone once given");
    }
}
