package nl.xenia.portal.meetups.view.office;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.localization.boundary.Holidays;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff plan and run meetups through the office pages over HTTP (a STAFF member of the office fixture, office in
 * Dutch), with people who say they come through the person's facade in the container: a single meetup and a weekly
 * series over a public holiday (the day skipped is named and is not planned); one occurrence changed, then it and the
 * later ones; refusals name the field and keep everything typed; a full meetup counted on the dashboard, its check-in
 * list with the nicknames of those coming and waiting (and nothing of the address they left for mail), cancelled only
 * with a reason; how many came refused before the start and recorded after it; the reasons page; the pages refused to
 * a member with another role and to a visitor not signed in. Screenshots of the list, a meetup and the check-in list.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupPlanningIT {

    private static final String ARCHIVE = "meetup-planning-it";
    private static final String STAFF = "meetup-staff";
    private static final String CONTACT = "meetup-person@example.invalid";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    MeetupFixtures fixtures;

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** Kept in the test's JVM between the client steps. */
    private static MeetupOfficeClient office;
    private static long dashboardBefore;

    /** Kept in the server between the in-container steps. */
    private static MeetupFixtures.Made full;
    private static MeetupFixtures.Made begun;

    /** The test's label (both sides know it: from the archive's marker), in the titles of its own meetups. */
    private static String label() {
        return Leaks.marker(ARCHIVE).substring(0, 10);
    }

    /** The canary: the nickname of the person who comes. */
    private static String nickname() {
        return "N" + Leaks.marker(ARCHIVE).substring(10, 30);
    }

    private static String waitingNickname() {
        return "W" + Leaks.marker(ARCHIVE).substring(10, 30);
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
        office = new MeetupOfficeClient(Office.member(STAFF, "STAFF").signIn());
        dashboardBefore = office.dashboardCount();
    }

    @Test
    @Order(1)
    void peopleSayTheyComeToAMeetupOfOnePlace() throws Exception {
        full = fixtures.meetup(label() + " full", 1, true, "Deur " + label());
        begun = fixtures.meetup(label() + " begun", 5, false, "Zaal " + label());
        fixtures.reason(label());
        MeetupFixtures.Made shown = fixtures.meetup(label() + " shown", 10, true, "Hal " + label());
        for (String nickname : new String[]{"Anna " + label(), null, "Mirela " + label()}) {
            meetups.rsvp(Client.of("meetup-planning-it-" + UUID.randomUUID()), new Meetups.Request(shown.id(), nickname,
                    null, null, UUID.randomUUID().toString(), "nl"));
        }
        Meetups.Joined coming = meetups.rsvp(Client.of("meetup-planning-it-" + UUID.randomUUID()),
                new Meetups.Request(full.id(), nickname(), CONTACT, null, UUID.randomUUID().toString(), "es"));
        assertTrue(coming.rsvp().isComing(), "expected the first one to get the place");
        Meetups.Joined waiting = meetups.rsvp(Client.of("meetup-planning-it-" + UUID.randomUUID()),
                new Meetups.Request(full.id(), waitingNickname(), null, null, UUID.randomUUID().toString(), "ro"));
        assertTrue(waiting.rsvp().isWaiting(), "expected the second one on the waiting list");

        MeetupException early = assertThrows(MeetupException.class,
                () -> planning.recordCame(admin(), begun.id(), 3), "expected how many came refused before the start");
        assertEquals(MeetupException.Problem.NOT_YET, early.getProblem());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDashboardCountsTheFullMeetupAndItsCheckInListShowsNicknamesOnly() {
        assertEquals(dashboardBefore + 1, office.dashboardCount(),
                "expected the full meetup with someone waiting counted on the dashboard");
        Document fullView = Portal.html(office.list("full", null));
        assertEquals("page", fullView.getElementById("view-full").attr("aria-current"), "expected the view marked");
        assertFalse(fullView.getElementById("view-upcoming").hasAttr("aria-current"), "expected the others not marked");
        List<MeetupOfficeClient.Row> rows = office.rows("full", null, "Meetup " + label() + " full");
        assertEquals(1, rows.size(), "expected the full meetup in the view of full ones: " + rows);
        MeetupOfficeClient.Row row = rows.get(0);
        assertEquals("Meetup " + label() + " full nl", row.title(), "expected the Dutch title in the Dutch office");
        assertEquals("1 / 1", row.places(), "expected one coming of one place");
        assertEquals("1", row.waiting(), "expected one waiting");
        assertEquals(Bundles.text("nl", "office.meetups.status.full"), row.status());
        assertTrue(office.rows("full", null, "Meetup " + label() + " begun").isEmpty(),
                "expected a meetup with places left absent from the view of full ones");

        MeetupOfficeClient.Checkin checkin = office.checkin(row.id());
        assertEquals(List.of(nickname()), checkin.coming(), "expected the nickname of the one coming");
        assertEquals(List.of(waitingNickname()), checkin.waiting(), "expected the one waiting, apart");
        assertTrue(checkin.area().contains("Area " + label() + " full"), "expected the public area");
        assertFalse(checkin.page().contains(CONTACT), "expected nothing of the address left for mail");
        assertFalse(checkin.page().contains("Deur " + label()), "expected no exact address on the check-in list");

        HttpResponse<String> page = office.meetup(office.rows("upcoming", null, "Meetup " + label() + " begun").get(0)
                .id());
        assertNull(Portal.html(page).getElementById("came"), "expected no form for how many came before the start");
        assertNotNull(Portal.html(page).getElementById("meetup"), "expected the form to change it");
    }

    @Test
    @Order(3)
    void openingTheCheckInListIsInTheAuditLogAndTheOtherMeetupBegins() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE "
                        + "action = 'SEALED_ITEM_OPENED' AND subject_type = 'meetup' AND subject_id = ?"
                        + " AND actor = ?")) {
            query.setString(1, String.valueOf(full.id()));
            query.setString(2, STAFF);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertEquals(1, result.getLong(1), "expected one audit entry for opening the check-in list");
            }
        }
        Instant now = clock.instant();
        fixtures.reschedule(begun.id(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
    }

    @Test
    @Order(4)
    @RunAsClient
    void cancellingAMeetupPeopleComeToNeedsAReasonAndHowManyCameIsRecordedAfterTheStart() {
        long id = office.rows("full", null, "Meetup " + label() + " full").get(0).id();
        HttpResponse<String> refused = office.cancel(id, null, null);
        assertRefused(refused, "office.meetup.input.reason.label", "REASON");
        assertNotNull(Portal.html(refused).getElementById("cancel-question"), "expected the question again");

        HttpResponse<String> cancelled = office.cancel(id, "Reason " + label() + " nl", null);
        assertEquals(303, cancelled.statusCode(), "expected post → redirect → get: " + OfficeHttp.messages(cancelled));
        HttpResponse<String> shown = office.office().follow(cancelled);
        assertEquals(Bundles.text("nl", "office.meetup.message.cancelled"), OfficeHttp.messages(shown));
        String status = Portal.html(shown).getElementById("status").text();
        assertTrue(status.startsWith(Bundles.text("nl", "office.meetups.status.cancelled"))
                && status.contains("Reason " + label() + " nl"), "expected cancelled, with the reason: " + status);
        assertNull(Portal.html(shown).getElementById("meetup"), "expected no form to change a cancelled meetup");
        assertEquals(dashboardBefore, office.dashboardCount(), "expected a cancelled meetup no longer counted");

        // the other one has begun: no more changes, but how many came
        HttpResponse<String> begunPage = office.meetup(office.rows("past", null, "Meetup " + label() + " begun")
                .get(0).id());
        assertNull(Portal.html(begunPage).getElementById("meetup"), "expected no form to change a begun meetup");
        long begunId = MeetupOfficeClient.idIn(begunPage.uri().toString());
        HttpResponse<String> notANumber = office.recordCame(begunId, "veel");
        assertEquals(200, notANumber.statusCode());
        assertTrue(OfficeHttp.messages(notANumber).startsWith(Bundles.text("nl", "office.meetup.input.came.label")),
                "expected the field named: " + OfficeHttp.messages(notANumber));
        assertEquals("veel", MeetupOfficeClient.field(notANumber, "came:came"), "expected what was typed kept");
        HttpResponse<String> counted = office.recordCame(begunId, "4");
        assertEquals(303, counted.statusCode(), "expected post → redirect → get: " + OfficeHttp.messages(counted));
        assertEquals(Bundles.text("nl", "office.meetup.message.came"),
                OfficeHttp.messages(office.office().follow(counted)));
        MeetupOfficeClient.Row past = office.rows("past", null, "Meetup " + label() + " begun").get(0);
        assertEquals(Bundles.format("nl", "office.meetups.status.came", Map.of("count", 4)), past.status(),
                "expected the number in the list of past meetups");
    }

    @Test
    @Order(5)
    void howManyCameIsNotRecordedForACancelledMeetup() throws Exception {
        Instant now = clock.instant();
        fixtures.reschedule(full.id(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        MeetupException refused = assertThrows(MeetupException.class, () -> planning.recordCame(admin(), full.id(), 2),
                "expected no count for a cancelled meetup");
        assertEquals(MeetupException.Problem.CANCELLED, refused.getProblem());
    }

    @Test
    @Order(6)
    @RunAsClient
    void movingAMeetupPeopleComeToNeedsAReasonAndKeepsWhatWasTyped() {
        long id = office.rows("upcoming", null, "Meetup " + label() + " shown").get(0).id();
        HttpResponse<String> refused = office.change(id,
                Map.of("meetup:start", "19:30", "meetup:end", "21:30", "title-en", "Moved " + label()));
        assertRefused(refused, "office.meetup.input.reason.label", "REASON");
        assertEquals("19:30", MeetupOfficeClient.field(refused, "meetup:start"), "expected the new time kept");
        assertEquals("Moved " + label(), MeetupOfficeClient.field(refused, "title-en"), "expected the title kept");
        assertEquals("true", Portal.html(refused).getElementById("meetup:reason").attr("aria-invalid"));

        HttpResponse<String> moved = office.change(id, Map.of("meetup:start", "19:30", "meetup:end", "21:30",
                "meetup:reason", MeetupOfficeClient.option(refused, "meetup:reason", "Reason " + label() + " nl")));
        assertEquals(303, moved.statusCode(), "expected the move saved: " + OfficeHttp.messages(moved));
        HttpResponse<String> shown = office.office().follow(moved);
        assertEquals(Bundles.text("nl", "office.meetup.message.saved"), OfficeHttp.messages(shown));
        assertTrue(Portal.html(shown).getElementById("when").text().endsWith("19:30–21:30"),
                "expected the new time: " + Portal.html(shown).getElementById("when").text());
        assertEquals("3 / 10", Portal.html(shown).getElementById("places").text(), "expected the three still coming");
    }

    @Test
    @Order(7)
    @RunAsClient
    void aRefusalNamesTheFieldAndKeepsEverythingTypedThenTheMeetupIsPlanned() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10);
        String title = "Eenmalig " + label();
        Map<String, String> fields = MeetupOfficeClient.plan("nl", title, day, "19:00", "21:00",
                "Leeuwarden " + label(), "Straat 1, bel twee keer", 8);
        fields.put("title-en", "x".repeat(121));
        fields.put("description-es", "Sobre " + label());
        HttpResponse<String> tooLong = office.planNew(fields);
        assertRefused(tooLong, null, "TITLE_LONG");
        assertTrue(OfficeHttp.messages(tooLong).startsWith(
                Bundles.format("nl", "office.meetup.field.title", Map.of("language", Languages.name("en", "nl")))),
                "expected the field named: " + OfficeHttp.messages(tooLong));
        assertEquals("x".repeat(121), MeetupOfficeClient.field(tooLong, "title-en"), "expected the title kept");
        assertEquals("true", Portal.html(tooLong).getElementById("title-en").attr("aria-invalid"),
                "expected the field marked");
        assertEquals(title, MeetupOfficeClient.field(tooLong, "title-nl"));
        assertEquals("Sobre " + label(), MeetupOfficeClient.field(tooLong, "description-es"));
        assertEquals("Straat 1, bel twee keer", MeetupOfficeClient.field(tooLong, "meetup:address"));
        assertEquals("Host " + title, MeetupOfficeClient.field(tooLong, "meetup:host"));
        assertEquals(day.toString(), MeetupOfficeClient.field(tooLong, "meetup:day"));

        fields.put("title-en", "Once " + label());
        HttpResponse<String> noTitle = office.planNew(fields);
        assertRefused(noTitle, null, "TITLE_MISSING");
        assertTrue(OfficeHttp.messages(noTitle).startsWith(
                Bundles.format("nl", "office.meetup.field.title", Map.of("language", Languages.name("es", "nl")))),
                "expected a description without a title refused for its language: " + OfficeHttp.messages(noTitle));

        fields.put("title-es", "Una vez " + label());
        fields.put("meetup:area", " ");
        HttpResponse<String> noArea = office.planNew(fields);
        assertRefused(noArea, "office.meetup.input.area.label", "AREA_MISSING");
        assertEquals("Once " + label(), MeetupOfficeClient.field(noArea, "title-en"));

        fields.put("meetup:area", "Leeuwarden " + label());
        fields.put("meetup:end", "18:00");
        assertRefused(office.planNew(fields), "office.meetup.input.end.label", "TIME_ORDER");

        fields.put("meetup:end", "21:00");
        long id = office.planOne(fields);
        HttpResponse<String> planned = office.office().get(office.path("meetup?id=" + id));
        assertEquals(title, MeetupOfficeClient.field(planned, "title-nl"), "expected the saved title in the form");
        assertEquals("Straat 1, bel twee keer", MeetupOfficeClient.field(planned, "meetup:address"));
        assertEquals("19:00", MeetupOfficeClient.field(planned, "meetup:start"));
        List<MeetupOfficeClient.Row> rows = office.rows("upcoming", null, title);
        assertEquals(1, rows.size(), "expected the meetup listed by its Dutch title");
        assertEquals("0 / 8", rows.get(0).places());
        assertEquals(Languages.date("nl", day.atTime(19, 0).atZone(Languages.LOCAL_TIME).toInstant()) + " 19:00–21:00",
                rows.get(0).when());
    }

    @Test
    @Order(8)
    @RunAsClient
    void aWeeklySeriesSkipsAHolidayAndOneOccurrenceOrTheLaterOnesChange() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Set<LocalDate> holidays = new Holidays().between(today, today.plusYears(2));
        LocalDate holiday = holidays.stream().filter(day -> day.isAfter(today.plusDays(8))).findFirst().orElseThrow();
        LocalDate first = holiday.minusWeeks(1);
        List<LocalDate> weeks = java.util.stream.IntStream.range(0, 6).mapToObj(first::plusWeeks).toList();
        List<LocalDate> held = weeks.stream().filter(day -> !holidays.contains(day)).toList();
        List<LocalDate> skipped = weeks.stream().filter(holidays::contains).toList();
        assertTrue(held.size() >= 3 && held.get(0).equals(first), "expected a test series of three days at least");
        String title = "Reeks " + label();
        Map<String, String> fields = MeetupOfficeClient.plan("nl", title, first, "19:00", "21:00",
                "Sneek " + label(), "Zaal 2", 12);
        fields.put("meetup:repeat", "WEEKLY");
        fields.put("meetup:count", "1");
        assertRefused(office.planNew(fields), "office.meetup.input.repeat.label", "SERIES_END");
        assertEquals("WEEKLY", Portal.html(office.planNew(fields)).select("#meetup\\:repeat input[checked]").val(),
                "expected the repetition chosen kept");

        fields.put("meetup:count", "6");
        HttpResponse<String> planned = office.planNew(fields);
        assertEquals(303, planned.statusCode(), "expected the series planned: " + OfficeHttp.messages(planned));
        HttpResponse<String> list = office.office().follow(planned);
        String messages = OfficeHttp.messages(list);
        assertTrue(messages.contains(Bundles.format("nl", "office.meetup.message.planned",
                Map.of("count", held.size()))), "expected the days held counted: " + messages);
        for (LocalDate day : skipped) {
            assertTrue(messages.contains(Languages.day("nl", day)), "expected the holiday named: " + messages);
        }
        List<MeetupOfficeClient.Row> rows = MeetupOfficeClient.rows(list).stream()
                .filter(row -> row.title().equals(title)).toList();
        assertEquals(held.stream().map(MeetupPlanningIT::when).toList(),
                rows.stream().map(MeetupOfficeClient.Row::when).toList(),
                "expected every week but the holidays, in order");

        // one occurrence: only its title
        long second = rows.get(1).id();
        HttpResponse<String> secondPage = office.meetup(second);
        assertEquals(Bundles.text("nl", "Repetition.WEEKLY"), Portal.html(secondPage).getElementById("series").text());
        HttpResponse<String> one = office.change(second, Map.of("title-nl", title + " apart", "meetup:scope", "ONE"));
        assertEquals(303, one.statusCode(), "expected the change saved: " + OfficeHttp.messages(one));
        assertEquals(Bundles.text("nl", "office.meetup.message.saved"),
                OfficeHttp.messages(office.office().follow(one)));
        List<String> titles = new java.util.ArrayList<>(java.util.Collections.nCopies(held.size(), title));
        titles.set(1, title + " apart");
        assertEquals(titles, office.rows("upcoming", first, title).stream().map(MeetupOfficeClient.Row::title)
                .toList(), "expected only the second renamed");

        // it and the later ones: the area, the time (and the texts) from the second on; the first as it was
        HttpResponse<String> rest = office.change(second, Map.of("meetup:area", "Heerenveen " + label(),
                "meetup:start", "18:30", "meetup:end", "20:30", "meetup:scope", "REST"));
        assertEquals(303, rest.statusCode(), "expected the change saved: " + OfficeHttp.messages(rest));
        assertEquals(Bundles.text("nl", "office.meetup.message.savedRest"),
                OfficeHttp.messages(office.office().follow(rest)));
        List<MeetupOfficeClient.Row> afterRest = office.rows("upcoming", first, title);
        List<String> areas = new java.util.ArrayList<>(
                java.util.Collections.nCopies(held.size(), "Heerenveen " + label()));
        areas.set(0, "Sneek " + label());
        assertEquals(areas, afterRest.stream().map(MeetupOfficeClient.Row::area).toList(),
                "expected the later ones changed");
        titles = new java.util.ArrayList<>(java.util.Collections.nCopies(held.size(), title + " apart"));
        titles.set(0, title);
        assertEquals(titles, afterRest.stream().map(MeetupOfficeClient.Row::title).toList());
        List<String> whens = new java.util.ArrayList<>(held.stream().map(day -> when(day, "18:30", "20:30")).toList());
        whens.set(0, when(first));
        assertEquals(whens, afterRest.stream().map(MeetupOfficeClient.Row::when).toList(),
                "expected the later ones moved");
    }

    @Test
    @Order(9)
    @RunAsClient
    void staffWriteAReasonInTwoLanguagesAndSwitchItOff() {
        OfficeHttp http = office.office();
        String text = "De ruimte is dicht " + label();
        HttpResponse<String> created = http.submit(office.path("meetup-reasons"), "create",
                Map.of("create:language", "nl", "create:text", text), "create:create");
        assertEquals(303, created.statusCode(), "expected the reason created: " + OfficeHttp.messages(created));
        HttpResponse<String> reasonPage = http.follow(created);
        assertEquals(text, Portal.html(reasonPage).getElementById("reason-nl").text());

        HttpResponse<String> tooLong = http.submit(reasonPage, "reason", Map.of("reason-nl", text, "reason-en",
                "The room is closed", "reason-ro", "r".repeat(501)), "reason:save");
        assertEquals(200, tooLong.statusCode());
        assertTrue(OfficeHttp.messages(tooLong).startsWith(Languages.name("ro", "nl")),
                "expected the language named: " + OfficeHttp.messages(tooLong));
        assertEquals("The room is closed", Portal.html(tooLong).getElementById("reason-en").text(),
                "expected the English text kept");

        HttpResponse<String> saved = http.follow(http.submit(reasonPage, "reason",
                Map.of("reason-nl", text, "reason-en", "The room is closed", "reason-ro", ""), "reason:save"));
        assertEquals(Bundles.text("nl", "office.meetupreasons.message.saved"), OfficeHttp.messages(saved));
        HttpResponse<String> offered = office.meetup(office.rows("upcoming", null, "Eenmalig " + label()).get(0).id());
        MeetupOfficeClient.option(offered, "meetup:reason", text);

        // switched off: no longer offered
        // a checkbox not ticked is not sent; "false" is read the same way
        HttpResponse<String> switchedOff = http.follow(http.submit(saved, "reason",
                Map.of("reason-nl", text, "reason-en", "The room is closed", "reason:active", "false"), "reason:save"));
        assertEquals(Bundles.text("nl", "office.meetupreasons.message.saved"), OfficeHttp.messages(switchedOff));
        assertFalse(Portal.html(switchedOff).getElementById("reason:active").hasAttr("checked"));
        assertFalse(Portal.html(office.meetup(MeetupOfficeClient.idIn(offered.uri().toString())))
                .select("#meetup\\:reason option").eachText().contains(text),
                "expected a reason switched off not offered");
        List<String> listed = Portal.html(http.get(office.path("meetup-reasons"))).select("#list\\:reasons tr")
                .eachText();
        assertTrue(listed.stream().anyMatch(line -> line.contains(text)
                && line.contains(Bundles.text("nl", "office.meetupreasons.state.inactive"))),
                "expected the reason listed as switched off: " + listed);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theMeetupPagesAreRefusedToAnotherRoleAndToVisitors() {
        OfficeHttp coordinator = Office.member("meetup-coordinator", "COORDINATOR").signIn();
        OfficeHttp visitor = new OfficeHttp();
        long id = office.rows("upcoming", null, "Eenmalig " + label()).get(0).id();
        for (String page : List.of("meetups", "meetups?view=full", "meetup", "meetup?id=" + id,
                "meetup-checkin?id=" + id, "meetup-reasons")) {
            assertEquals("403", coordinator.answer(office.path(page)),
                    "expected " + page + " refused to a coordinator");
            assertEquals("303 login", visitor.answer(office.path(page)), "expected " + page + " to ask to sign in");
        }
        for (String page : List.of("meetup?id=0", "meetup?id=abc", "meetup-checkin?id=abc", "meetup-checkin",
                "meetup-reasons?id=abc", "meetup-reasons?id=0")) {
            assertEquals("404", office.office().answer(office.path(page)), "expected " + page + " not found");
        }
        Document page = Portal.html(office.meetup(id));
        assertFalse(page.select("#nav-meetups").isEmpty(), "expected the meetups in the staff's navigation");
        assertTrue(Portal.html(coordinator.get(office.path("dashboard"))).select("#nav-meetups").isEmpty(),
                "expected no meetups in a coordinator's navigation");
    }

    @Test
    @Order(11)
    @RunAsClient
    void screenshotsOfTheListAMeetupAndTheCheckInList() {
        MeetupScreenshots.take(STAFF, "Meetup " + label() + " shown", "Reeks " + label());
    }

    @Test
    @Order(12)
    void theTestsMeetupsAndReasonsAreRemoved() throws Exception {
        Instant now = clock.instant();
        for (MeetupPlanning.Entry entry : planning.list(admin(), now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(800)), "nl")) {
            if (entry.title().contains(label())) {
                fixtures.remove(entry.id());
            }
        }
        for (MeetupPlanning.Reason made : planning.reasons(admin(), "nl")) {
            if (made.text().contains(label())) {
                fixtures.removeReason(made.id());
            }
        }
        assertTrue(planning.list(admin(), now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(800)), "nl")
                .stream().noneMatch(entry -> entry.title().contains(label())), "expected the test's meetups gone");
    }

    private static String when(LocalDate day) {
        return when(day, "19:00", "21:00");
    }

    private static String when(LocalDate day, String start, String end) {
        return Languages.date("nl", day.atTime(java.time.LocalTime.parse(start)).atZone(Languages.LOCAL_TIME)
                .toInstant()) + " " + start + "–" + end;
    }

    /** The refusal on the page (not a redirect): the problem's words, after the field's label when one is named. */
    private static void assertRefused(HttpResponse<String> page, String fieldKey, String problem) {
        assertEquals(200, page.statusCode(), "expected the refusal shown on the page, not a redirect");
        String words = Bundles.text("nl", "MeetupException.Problem." + problem);
        String expected = fieldKey == null
                ? words
                : Bundles.format("nl", "office.meetup.message.refused",
                        Map.of("field", Bundles.text("nl", fieldKey), "problem", words));
        assertTrue(OfficeHttp.messages(page).contains(expected),
                "expected '" + expected + "', got: " + OfficeHttp.messages(page));
    }

    private SignedIn admin() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            query.setString(1, Office.ADMIN);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return new SignedIn(result.getLong(1), Office.ADMIN, Set.of(Role.ADMIN),
                        Installation.firstAdminKey(keys, secrets, database));
            }
        }
    }
}
