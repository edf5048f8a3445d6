package nl.xenia.portal.appointments.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.boundary.AppointmentDesk;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's side of appointments over HTTP, as a member of staff sees it: a service, place and hours of the test's
 * own (made in the container, {@link AppointmentFixtures}), one request booked by a person with a canary nickname and
 * note and an address for mail; the calendar lists it without content, its page shows the nickname and the opening is
 * in the audit log; attended cannot be marked before it starts; confirming queues a mail without content; cancelling
 * needs a reason and keeps what was typed when refused; booking on behalf of someone shows a code once, which then
 * opens the public inbox. Screenshots of the calendar and the appointment at 1280×800 and 390×844, with and without
 * JavaScript.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentDeskIT {

    private static final String ARCHIVE = "appointment-desk-it";
    private static final String STAFF = "desk-staff";
    private static final String PERSON_ADDRESS = "desk-person@example.invalid";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    Appointments appointments;

    @Inject
    AppointmentDesk desk;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** The member's office session, kept in the test's JVM between the client steps. */
    private static OfficeHttp office;
    /** The address of the person's appointment in the office. */
    private static String appointmentPath;

    /** Kept in the server between the in-container steps. */
    private static AppointmentFixtures.Offer offer;
    private static long booked;

    /** The test's label (both sides know it: from the archive's marker), in names of its own rows. */
    private static String label() {
        return Leaks.marker(ARCHIVE).substring(0, 10);
    }

    /** The canary: what the person wrote (the nickname and the note). */
    private static String canary() {
        return Leaks.marker(ARCHIVE);
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
        Office.member(STAFF, "STAFF");
    }

    @Test
    @Order(1)
    void aPersonRequestsATime() throws Exception {
        offer = fixtures.offer(label(), true);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Appointments.FreeTime time = appointments.freeTimes(offer.serviceId(), offer.placeId(), today,
                today.plusDays(7)).stream().filter(
                        free -> free.start().isAfter(java.time.Instant.now().plus(
                                Duration.ofHours(2))))
                .findFirst().orElseThrow(() -> new AssertionError("expected free times in the fixture's hours"));
        Appointments.Booked made = appointments.book(Client.of("desk-it-" + UUID.randomUUID()),
                new Appointments.Request(offer.serviceId(), offer.placeId(), time.start(), canary(), "ro", "ro",
                        "Notă " + canary(), PERSON_ADDRESS, null, "desk-it-" + UUID.randomUUID(), "ro"));
        assertNotNull(made.code(), "expected a new code for the person");
        booked = made.appointment().id();

        SignedIn admin = new SignedIn(adminId(), Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
        AppointmentException early = assertThrows(AppointmentException.class, () -> desk.mark(admin, booked, true),
                "expected attended refused before the appointment starts");
        assertEquals(AppointmentException.Problem.NOT_YET, early.getProblem());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCalendarListsTheRequestWithoutContentAndItsPageShowsWhatThePersonWrote() {
        office = Office.member(STAFF, "STAFF").signIn();
        HttpResponse<String> requests = office.get("/office/nl/calendar?view=requests");
        assertEquals(200, requests.statusCode(), "expected the calendar's requests");
        Document page = Portal.html(requests);
        String serviceId = page.select("#service option").stream()
                .filter(option -> option.text().equals("Dienst " + label())).findFirst()
                .orElseThrow(() -> new AssertionError("expected the test's service among the filters")).attr("value");
        assertFalse(requests.body().contains(canary()), "expected no content in the calendar");

        Document filtered = Portal.html(office.get("/office/nl/calendar?view=requests&service=" + serviceId));
        List<Element> rows = filtered.select("#list\\:table tbody tr.request");
        assertEquals(1, rows.size(), "expected the one request of the test's service, flagged: " + filtered
                .select("#list\\:table tbody").text());
        assertTrue(rows.get(0).text().contains(Bundles.text("nl", "office.appointments.status.REQUESTED")),
                "expected its state: " + rows.get(0).text());
        assertTrue(rows.get(0).text().contains(Bundles.text("nl", "office.appointments.interpreter")),
                "expected the interpreter flag: " + rows.get(0).text());
        String link = rows.get(0).selectFirst("a.appointment-link").attr("abs:href");
        assertTrue(link.matches(".*/office/nl/appointment\\?id=\\d+"), "expected a link to the appointment: " + link);

        appointmentPath = link.substring(link.indexOf("/office/"));
        Document opened = Portal.html(office.get(link));
        assertEquals(canary(), opened.getElementById("nickname").text(), "expected the nickname to staff");
        assertTrue(opened.getElementById("person-note").text().contains(canary()), "expected the note");
        assertEquals(Bundles.text("nl", "office.appointment.contact.yes"), opened.getElementById("contact").text(),
                "expected that an address exists, without it");
        assertFalse(opened.outerHtml().contains(PERSON_ADDRESS), "expected never the address");
        assertNotNull(opened.getElementById("not-yet"), "expected attended/no-show explained as not yet");
        assertNull(opened.getElementById("appointment:attended"), "expected no attended button before the start");
    }

    @Test
    @Order(3)
    void openingIsInTheAuditLog() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE "
                        + "action = 'SEALED_ITEM_OPENED' AND subject_type = 'appointment' AND subject_id = ?"
                        + " AND actor = ?")) {
            query.setString(1, String.valueOf(booked));
            query.setString(2, STAFF);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertEquals(1, result.getLong(1), "expected one audit entry for the member's opening");
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void confirmTellsThePersonWithoutContentAndCancelNeedsAReason() throws Exception {
        String path = appointmentPath;
        String mail = DeskClient.mailAfter(PERSON_ADDRESS, () -> {
            HttpResponse<String> confirmed = office.submit(path, "appointment", Map.of(), "appointment:confirm");
            assertEquals(303, confirmed.statusCode(), "expected post → redirect → get");
            Document after = Portal.html(office.follow(confirmed));
            assertEquals(Bundles.text("nl", "office.appointments.status.CONFIRMED"),
                    after.getElementById("status").text(), "expected the state confirmed");
        });
        for (String secret : new String[]{canary(), label(), "Dienst", "Testdorp"}) {
            assertFalse(mail.contains(secret), "expected nothing of the appointment in the mail: " + secret);
        }

        // no reason: refused, the note typed stays
        String typed = "Belde af via collega " + UUID.randomUUID();
        HttpResponse<String> refused = office.submit(path, "appointment", Map.of("appointment:internalNote", typed),
                "appointment:cancel");
        assertEquals(200, refused.statusCode(), "expected the page again for a refusal");
        assertEquals(Bundles.text("nl", "AppointmentException.Problem.REASON"), OfficeHttp.messages(refused));
        assertEquals(typed, Portal.html(refused).getElementById("appointment:internalNote").text(),
                "expected what was typed kept");

        Document form = Portal.html(office.get(path));
        String reason = form.select("#appointment\\:reason option").stream()
                .filter(option -> option.text().equals("Ziek " + label())).findFirst()
                .orElseThrow(() -> new AssertionError("expected the test's reason")).attr("value");
        HttpResponse<String> cancelled = office.submit(path, "appointment", Map.of("appointment:reason", reason),
                "appointment:cancel");
        assertEquals(303, cancelled.statusCode(), "expected post → redirect → get: " + OfficeHttp.messages(cancelled));
        HttpResponse<String> shown = office.follow(cancelled);
        assertEquals(Bundles.text("nl", "office.appointment.message.info.cancelled"), OfficeHttp.messages(shown));
        assertTrue(Portal.html(shown).getElementById("status").text()
                .startsWith(Bundles.text("nl", "office.appointments.status.CANCELLED_BY_XENIA")),
                "expected cancelled by Xenia, with the reason");
        assertTrue(Portal.html(shown).getElementById("status").text().contains("Ziek " + label()));
        assertNull(Portal.html(shown).getElementById("appointment:cancel"), "expected no cancel once cancelled");
    }

    @Test
    @Order(5)
    @RunAsClient
    void bookingOnBehalfShowsACodeOnceThatOpensTheInbox() {
        Document start = Portal.html(office.get("/office/nl/book-for"));
        String service = start.select("#service option").stream()
                .filter(option -> option.text().equals("Dienst " + label())).findFirst().orElseThrow().attr("value");
        HttpResponse<String> day = null;
        LocalDate date = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        for (int ahead = 0; ahead < 8; ahead++) {
            String place = Portal.html(office.get("/office/nl/book-for?service=" + service)).select("#place option")
                    .first().attr("value");
            day = office.get("/office/nl/book-for?service=" + service + "&place=" + place + "&day="
                    + date.plusDays(ahead));
            if (Portal.html(day).selectFirst("input[name=time]") != null) {
                break;
            }
        }
        Document times = Portal.html(day);
        Element first = times.selectFirst("input[name=time]");
        assertNotNull(first, "expected free times within a week");
        String nickname = "Buiten " + Leaks.marker().substring(0, 8);
        HttpResponse<String> booked = office.submit(day, "book", Map.of("time", first.attr("value"),
                "book:nickname", nickname, "book:language", "bg", "book:interpreter", "bg", "book:note", ""),
                "book:bookIt");
        assertEquals(303, booked.statusCode(), "expected post → redirect → get: " + OfficeHttp.messages(booked));
        String location = booked.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> receipt = office.follow(booked);
        Document shown = Portal.html(receipt);
        Element codeElement = shown.getElementById("code");
        assertNotNull(codeElement, "expected the code shown: " + shown.select("#main").text());
        String code = codeElement.text();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}"), "expected a receipt code: " + code);
        assertFalse(location.toUpperCase().contains(code.replace("-", "").substring(0, 8)),
                "expected nothing of the code in the address");
        assertTrue(shown.getElementById("receipt-where").text().contains("Testdorp " + label()),
                "expected the town on the receipt");

        HttpResponse<String> notTicked = office.submit(receipt, "handedOver", Map.of(), "handedOver:done");
        assertEquals(Bundles.text("nl", "office.bookFor.message.error.handOver"), OfficeHttp.messages(notTicked));
        assertEquals(code, Portal.html(notTicked).getElementById("code").text(), "expected the code still shown");
        HttpResponse<String> handed = office.submit(receipt, "handedOver", Map.of("handedOver:confirm", "on"),
                "handedOver:done");
        assertEquals(303, handed.statusCode(), "expected post → redirect → get");
        Document appointment = Portal.html(office.follow(handed));
        assertEquals(nickname, appointment.getElementById("nickname").text(), "expected the booking's page next");
        assertNull(Portal.html(office.get(location)).getElementById("code"), "expected the code shown no more");

        HttpResponse<String> inbox = Portal.postForm("/bg/inbox", Map.of("code", code.toLowerCase()));
        assertEquals(303, inbox.statusCode(), "expected the code to open the inbox (a redirect to what it holds)");
        Document opened = Portal.html(Portal.get(inbox.headers().firstValue("Location").orElseThrow()));
        assertNull(opened.getElementById("error"), "expected no refusal of the code: " + opened.text());
    }

    @Test
    @Order(6)
    @RunAsClient
    void screenshotsOfTheCalendarAndAnAppointment() {
        DeskClient.screenshots(STAFF);
    }

    private long adminId() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            query.setString(1, Office.ADMIN);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
