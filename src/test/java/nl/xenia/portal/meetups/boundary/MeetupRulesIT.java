package nl.xenia.portal.meetups.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Holidays;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.NoticeKind;
import nl.xenia.portal.meetups.entity.Repetition;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
import nl.xenia.portal.testing.MovableClock;
import nl.xenia.portal.testing.Office;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The guards of {@link Meetups} and {@link MeetupPlanning} apart from the race, called as any caller would: what is
 * typed (a field named when refused), the same form twice, the limit per client, one code for questions, appointments
 * and meetups (at most so many meetups per code, each once), wrong codes under the guess limit, someone else's RSVP,
 * leaving twice, a cancelled, begun or unknown meetup; what the person sees with the code (the address only while
 * coming to a planned meetup, the turn while waiting, only the notices since saying they come); the staff's planning
 * (a weekly series over a Dutch holiday, the rest of a series moved by as much, no capacity below those coming, a
 * reason when people come, new places to those waiting); the mail: held for someone waiting and sent once on the
 * promotion, and sent on a move or a cancellation to everyone who left an address, each without anything of the
 * meetup; and the planning refused to a member without STAFF or ADMIN. GreenMail runs in the server here (as in
 * AppointmentCanaryIT), on the port the portal's sender delivers to. Data is committed and removed by each test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupRulesIT {

    private static final long STAFF_ID = 990_151L;
    private static final long COORDINATOR_ID = 990_152L;
    private static final String STAFF_NAME = "meetup-rules-staff";
    private static final String COORDINATOR_NAME = "meetup-rules-coordinator";
    private static final String ADDRESS = "Test street 1, ring twice";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return Deployments.archive("meetup-rules-it").addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class),
                jarOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class));
    }

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    MeetupFixtures fixtures;

    @Inject
    AppointmentFixtures appointmentFixtures;

    @Inject
    Appointments appointments;

    @Inject
    Questions questions;

    @Inject
    Receipts receipts;

    @Inject
    Holidays holidays;

    @Inject
    OutboxProbe outbox;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private static byte[] staffKey;
    private static byte[] coordinatorKey;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void staffMembersOfTheTest() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, STAFF_NAME);
        coordinatorKey = Installation.holder(keys, secrets, database, COORDINATOR_ID, COORDINATOR_NAME);
        sql("UPDATE staff_account SET roles = 'COORDINATOR' WHERE id = " + COORDINATOR_ID);
        transaction.commit();
    }

    // ---- the person ----

    @Test
    @Order(2)
    void whatIsTypedIsCheckedAndTheFieldNamed() throws Exception {
        MeetupFixtures.Made meetup = made(5, false);
        try {
            String tooLong = "n".repeat(Meetups.MAX_NICKNAME + 1);
            assertRefused(MeetupException.Problem.LONG, "nickname",
                    () -> meetups.rsvp(client(), request(meetup.id(), tooLong, "", "")), "a nickname too long");
            assertRefused(MeetupException.Problem.CHARACTERS, "nickname",
                    () -> meetups.rsvp(client(), request(meetup.id(), "nick\u0007", "", "")),
                    "a nickname with a control character");
            assertRefused(MeetupException.Problem.CHARACTERS, "nickname",
                    () -> meetups.rsvp(client(), request(meetup.id(), "nick\uE000", "", "")),
                    "a nickname with a private-use character");
            assertRefused(MeetupException.Problem.MAIL, "contact",
                    () -> meetups.rsvp(client(), request(meetup.id(), "", "not an address", "")), "a wrong address");
            assertRefused(MeetupException.Problem.MAIL, "contact",
                    () -> meetups.rsvp(client(), request(meetup.id(), "", "a@" + "b".repeat(320) + ".org", "")),
                    "an address too long");
            assertEquals(0, rows(meetup.id()).size(), "expected nothing stored of a refused RSVP");

            String forty = "\uD83D\uDE00".repeat(Meetups.MAX_NICKNAME); // 40 characters, 80 chars in Java
            Meetups.Joined joined = meetups.rsvp(client(), request(meetup.id(), "  " + forty + " ", "", ""));
            assertEquals(forty, joined.rsvp().nickname(), "expected 40 characters accepted, stripped");
            assertEquals(forty, meetups.mine(client(), joined.code(), "en").orElseThrow().get(0).nickname(),
                    "expected the nickname read back with the code");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(3)
    void theSameFormTwiceCountsOnceAndAClientSaysItComesOnlySoOften() throws Exception {
        int perClient = ConfigProvider.getConfig().getOptionalValue("xenia.meetups.limit.per-client", Integer.class)
                .orElse(5);
        MeetupFixtures.Made meetup = made(perClient + 5, false);
        try {
            String token = UUID.randomUUID().toString();
            meetups.rsvp(client(), new Meetups.Request(meetup.id(), "", "", "", token, "en"));
            assertRefused(MeetupException.Problem.DUPLICATE, null,
                    () -> meetups.rsvp(client(), new Meetups.Request(meetup.id(), "", "", "", token, "en")),
                    "the same form posted again");
            assertEquals(1, rows(meetup.id()).size(), "expected the form counted once");

            Client client = client();
            for (int i = 0; i < perClient; i++) {
                assertNotNull(meetups.rsvp(client, request(meetup.id(), "", "", "")).code(),
                        "expected RSVP " + (i + 1) + " within the limit given");
            }
            assertRefused(MeetupException.Problem.LIMIT, null,
                    () -> meetups.rsvp(client, request(meetup.id(), "", "", "")), "one more from the same client");
            assertNotNull(meetups.rsvp(client(), request(meetup.id(), "", "", "")).code(),
                    "expected another client still to come");
            assertEquals(perClient + 2, rows(meetup.id()).size(), "expected nothing stored of the refused RSVP");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(4)
    void theCodeOfAQuestionOrAnAppointmentJoinsOnceAndOnlySoManyMeetups() throws Exception {
        int cap = ConfigProvider.getConfig().getOptionalValue("xenia.meetups.open-per-code", Integer.class)
                .orElse(10);
        List<MeetupFixtures.Made> made = new ArrayList<>();
        for (int i = 0; i <= cap; i++) {
            made.add(made(3, true));
        }
        AppointmentFixtures.Offered offered = appointmentFixtures.offered(1, false, false);
        String questionCode = questions.ask(client(), Topic.OTHER, "en", null, "A question before a meetup.", "",
                UUID.randomUUID().toString());
        try {
            String appointmentCode = appointments.book(client(), new Appointments.Request(offered.serviceId(),
                    offered.placeId(), appointmentFixtures.firstFree(offered).start(), "", "nl", "", "", "", "",
                    UUID.randomUUID().toString(), "en")).code();
            Meetups.Joined byAppointment = meetups.rsvp(client(),
                    request(made.get(0).id(), "", "", " " + appointmentCode.toLowerCase() + " "));
            assertNull(byAppointment.code(), "expected no new code: the RSVP joins the appointment's");
            assertEquals(1, appointments.mine(client(), appointmentCode, "en").orElseThrow().size(),
                    "expected the code still to open the appointment");
            assertEquals(List.of(byAppointment.rsvp().id()), ids(meetups.mine(client(), appointmentCode, "en")),
                    "expected the code to open the RSVP");

            Meetups.Joined first = meetups.rsvp(client(), request(made.get(0).id(), "", "", questionCode));
            assertNull(first.code(), "expected no new code: the RSVP joins the question's");
            assertEquals("A question before a meetup.",
                    questions.read(client(), questionCode).orElseThrow().messages().get(0).text(),
                    "expected the code still to open the question");
            assertRefused(MeetupException.Problem.ALREADY, null,
                    () -> meetups.rsvp(client(), request(made.get(0).id(), "", "", questionCode)),
                    "the same code for the same meetup again");
            for (int i = 1; i < cap; i++) {
                assertNull(meetups.rsvp(client(), request(made.get(i).id(), "", "", questionCode)).code(),
                        "expected RSVP " + (i + 1) + " to join the code");
            }
            assertRefused(MeetupException.Problem.TOO_MANY, null,
                    () -> meetups.rsvp(client(), request(made.get(cap).id(), "", "", questionCode)),
                    "one meetup more than a code may come to");
            assertEquals(cap, meetups.mine(client(), questionCode, "en").orElseThrow().size(),
                    "expected the code to hold exactly the cap");

            meetups.leave(client(), questionCode, first.rsvp().id());
            assertNull(meetups.rsvp(client(), request(made.get(0).id(), "", "", questionCode)).code(),
                    "expected a meetup left not to count against the cap, and the code to come to it again");
            assertRefused(MeetupException.Problem.TOO_MANY, null,
                    () -> meetups.rsvp(client(), request(made.get(cap).id(), "", "", questionCode)),
                    "one meetup more than a code may come to, again");
            // the appointment's RSVP, the question code's (one left, one again) and nothing of the refused ones
            assertEquals(cap + 2, rows(made.get(0).id()).size() + count("SELECT COUNT(*) FROM meetup_rsvp WHERE"
                    + " meetup_id IN (" + list(made.subList(1, cap + 1).stream().map(MeetupFixtures.Made::id).toList())
                    + ")"), "expected nothing stored of the refused RSVPs");
        } finally {
            String hash = receipts.open(questionCode).orElseThrow().lookupHash();
            sql("DELETE FROM question_message WHERE thread_id IN (SELECT id FROM question_thread WHERE code_hash = '"
                    + hash + "')");
            sql("DELETE FROM question_thread WHERE code_hash = '" + hash + "'");
            appointmentFixtures.remove(offered);
            made.forEach(meetup -> fixtures.remove(meetup.id()));
        }
    }

    @Test
    @Order(5)
    void aWrongCodeIsAWrongGuessUntilTheClientIsRefused() throws Exception {
        MeetupFixtures.Made meetup = made(3, false);
        Duration moved = Duration.ZERO;
        try {
            Meetups.Joined held = meetups.rsvp(client(), request(meetup.id(), "", "", ""));
            assertEquals(java.util.Optional.empty(), meetups.mine(client(), receipts.issue().code(), "en"),
                    "expected a code nothing holds to open nothing");
            assertRefused(MeetupException.Problem.CODE, null,
                    () -> meetups.leave(client(), receipts.issue().code(), held.rsvp().id()),
                    "leaving with a code nothing holds");

            Client guesser = client();
            List<String> seen = new ArrayList<>();
            int wrong = 0;
            while (seen.size() < 60) {
                String unknown = receipts.issue().code(); // well-formed, held by nothing
                MeetupException refused = assertThrows(MeetupException.class,
                        () -> meetups.rsvp(guesser, request(meetup.id(), "", "", unknown)));
                seen.add(refused.getProblem().name());
                if (refused.getProblem() == MeetupException.Problem.CODE) {
                    assertEquals("code", refused.getField(), "expected the code's field named");
                    wrong++;
                } else if (refused.getProblem() == MeetupException.Problem.WAIT) {
                    MovableClock.INSTANCE.advance(Duration.ofSeconds(61)); // past the longest pause
                    moved = moved.plusSeconds(61);
                } else {
                    break;
                }
            }
            assertEquals(List.of("CODE", "CODE", "CODE", "WAIT"), seen.subList(0, 4),
                    "expected a pause after the third wrong code: " + seen);
            assertEquals("REFUSED", seen.get(seen.size() - 1), "expected the client refused in the end: " + seen);
            assertEquals(10, wrong, "expected ten wrong codes tried before the refusal: " + seen);
            assertRefused(MeetupException.Problem.REFUSED, "code",
                    () -> meetups.rsvp(guesser, request(meetup.id(), "", "", held.code())),
                    "even the right code while the client is refused");
            assertRefused(MeetupException.Problem.REFUSED, "code", () -> meetups.mine(guesser, held.code(), "en"),
                    "reading with the right code while the client is refused");
            assertEquals(1, rows(meetup.id()).size(), "expected no RSVP made with a wrong code");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(6)
    void leavingNeedsTheRsvpsOwnCodeAndHappensOnce() throws Exception {
        MeetupFixtures.Made meetup = made(3, false);
        MeetupFixtures.Made other = made(3, false);
        try {
            Meetups.Joined mine = meetups.rsvp(client(), request(meetup.id(), "", "", ""));
            Meetups.Joined theirs = meetups.rsvp(client(), request(meetup.id(), "", "", ""));
            Meetups.Joined elsewhere = meetups.rsvp(client(), request(other.id(), "", "", ""));
            assertRefused(MeetupException.Problem.CODE, null,
                    () -> meetups.leave(client(), mine.code(), theirs.rsvp().id()), "leaving someone else's RSVP");
            assertRefused(MeetupException.Problem.CODE, null,
                    () -> meetups.leave(client(), mine.code(), elsewhere.rsvp().id()),
                    "leaving another meetup's RSVP of another code");
            assertRefused(MeetupException.Problem.CODE, null,
                    () -> meetups.leave(client(), mine.code(), 987_654_321L), "leaving a forged id");
            assertEquals(List.of("COMING", "COMING"), rows(meetup.id()), "expected both still coming");

            meetups.leave(client(), mine.code(), mine.rsvp().id());
            assertRefused(MeetupException.Problem.LEFT, null,
                    () -> meetups.leave(client(), mine.code(), mine.rsvp().id()), "leaving twice");
            Meetups.Mine left = meetups.mine(client(), mine.code(), "en").orElseThrow().get(0);
            assertEquals(RsvpStatus.LEFT, left.status(), "expected the RSVP shown as left");
            assertNull(left.address(), "expected no address once left");
            assertFalse(left.canLeave(), "expected no leaving offered twice");
            assertEquals(List.of("LEFT", "COMING"), rows(meetup.id()), "expected only the own RSVP left");
        } finally {
            fixtures.remove(meetup.id());
            fixtures.remove(other.id());
        }
    }

    @Test
    @Order(7)
    void aCancelledBegunOrUnknownMeetupIsRefused() throws Exception {
        MeetupFixtures.Made cancelled = made(3, true);
        MeetupFixtures.Made begun = made(3, true);
        try {
            planning.cancel(member(), cancelled.id(), MeetupPlanning.Scope.ONE, null); // no one comes: no reason
            assertRefused(MeetupException.Problem.CANCELLED, null,
                    () -> meetups.rsvp(client(), request(cancelled.id(), "", "", "")), "a cancelled meetup");

            Meetups.Joined early = meetups.rsvp(client(), request(begun.id(), "", "", ""));
            Instant now = MovableClock.INSTANCE.instant();
            fixtures.reschedule(begun.id(), now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(1)));
            assertRefused(MeetupException.Problem.PAST, null,
                    () -> meetups.rsvp(client(), request(begun.id(), "", "", "")), "a meetup that has begun");
            assertRefused(MeetupException.Problem.PAST, null,
                    () -> meetups.leave(client(), early.code(), early.rsvp().id()), "leaving a meetup that has begun");
            fixtures.reschedule(begun.id(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
            assertRefused(MeetupException.Problem.PAST, null,
                    () -> meetups.rsvp(client(), request(begun.id(), "", "", "")), "a meetup that is over");
            assertTrue(meetups.listing("en", begun.id()).isEmpty(), "expected a meetup that is over not listed");

            assertRefused(MeetupException.Problem.GONE, null,
                    () -> meetups.rsvp(client(), request(987_654_321L, "", "", "")), "an unknown meetup");
            assertEquals(0, rows(cancelled.id()).size(), "expected nothing stored for the cancelled meetup");
            assertEquals(1, rows(begun.id()).size(), "expected nothing stored for the begun meetup");
        } finally {
            fixtures.remove(cancelled.id());
            fixtures.remove(begun.id());
        }
    }

    @Test
    @Order(8)
    void theCodeShowsTheAddressWhileComingTheTurnWhileWaitingAndOnlyLaterNotices() throws Exception {
        MeetupFixtures.Made meetup = made(1, true);
        long reason = fixtures.reason(Leaks.marker());
        String reasonRo = reasonText(reason, "ro");
        try {
            Meetups.Joined coming = meetups.rsvp(client(),
                    new Meetups.Request(meetup.id(), "first", "", "", UUID.randomUUID().toString(), "ro"));
            Meetups.Joined waiting = meetups.rsvp(client(), request(meetup.id(), "second", "", ""));
            Meetups.Mine seen = one(coming, "ro");
            assertEquals(Arrays.asList(RsvpStatus.COMING, ADDRESS, 0, List.of()),
                    Arrays.asList(seen.status(), seen.address(), seen.turn(), seen.notices()),
                    "expected the address shown to someone coming, no turn, no notices");
            Meetups.Mine inLine = one(waiting, "en");
            assertEquals(RsvpStatus.WAITING, inLine.status(), "expected the second one waiting");
            assertNull(inLine.address(), "expected no address while waiting");
            assertEquals(1, inLine.turn(), "expected the first turn");

            MeetupPlanning.Plan plan = planning.detail(member(), meetup.id(), "en").orElseThrow().plan();
            Instant before = seen.start();
            planning.change(member(), meetup.id(), changed(plan, Duration.ofMinutes(90), ADDRESS, 1),
                    MeetupPlanning.Scope.ONE, reason);
            Meetups.Joined later = meetups.rsvp(client(), request(meetup.id(), "third", "", ""));

            seen = one(coming, "ro");
            assertEquals(before.plus(Duration.ofMinutes(90)), seen.start(), "expected the new time shown");
            assertEquals(1, seen.notices().size(), "expected one notice: " + seen.notices());
            Meetups.Notice move = seen.notices().get(0);
            assertEquals(List.of(NoticeKind.MOVED, before, reasonRo),
                    Arrays.asList(move.kind(), move.previousStart(), move.reason()),
                    "expected the move with the time before and the reason in the RSVP's language");
            assertEquals(reasonRo, one(coming, "bg").notices().get(0).reason(),
                    "expected the reason in the language the person came in, whatever page reads it");
            assertEquals(List.of(NoticeKind.MOVED), kinds(one(waiting, "en")), "expected the waiting one told too");
            assertEquals(List.of(), one(later, "en").notices(), "expected no notice from before the RSVP");
            assertEquals(2, one(later, "en").turn(), "expected the second turn for the third");

            planning.change(member(), meetup.id(),
                    changed(planning.detail(member(), meetup.id(), "en").orElseThrow().plan(), Duration.ZERO,
                            "Test street 2, the back door", 1),
                    MeetupPlanning.Scope.ONE, null);
            seen = one(coming, "ro");
            assertEquals("Test street 2, the back door", seen.address(), "expected the new address shown");
            assertEquals(List.of(NoticeKind.MOVED, NoticeKind.PLACE), kinds(seen), "expected a notice of the place");
            assertNull(seen.notices().get(1).reason(), "expected no reason for a new place");

            planning.cancel(member(), meetup.id(), MeetupPlanning.Scope.ONE, reason);
            seen = one(coming, "ro");
            assertTrue(seen.cancelled(), "expected the RSVP shown cancelled");
            assertEquals(RsvpStatus.COMING, seen.status(), "expected the RSVP itself kept as it was");
            assertNull(seen.address(), "expected no address for a cancelled meetup");
            assertFalse(seen.canLeave(), "expected no leaving a cancelled meetup");
            assertEquals(List.of(NoticeKind.MOVED, NoticeKind.PLACE, NoticeKind.CANCELLED), kinds(seen),
                    "expected the cancellation noticed");
            assertEquals(reasonRo, seen.notices().get(2).reason(), "expected the cancellation's reason in Romanian");
            assertEquals(List.of(NoticeKind.PLACE, NoticeKind.CANCELLED), kinds(one(later, "en")),
                    "expected the third told of what changed since it came, not of the move before");
            assertRefused(MeetupException.Problem.CANCELLED, null,
                    () -> meetups.leave(client(), coming.code(), coming.rsvp().id()), "leaving a cancelled meetup");
        } finally {
            fixtures.remove(meetup.id());
            fixtures.removeReason(reason);
        }
    }

    // ---- the staff ----

    @Test
    @Order(10)
    void aWeeklySeriesSkipsADutchHolidayAndTheRestMovesByAsMuch() throws Exception {
        LocalDate today = MovableClock.INSTANCE.instant().atZone(Languages.LOCAL_TIME).toLocalDate();
        LocalDate holiday = holidays.between(today.plusDays(15), today.plusDays(400)).iterator().next();
        LocalDate first = holiday.minusWeeks(2);
        List<LocalDate> rhythm = List.of(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
        Set<LocalDate> closed = holidays.between(first, first.plusWeeks(3));
        List<LocalDate> held = rhythm.stream().filter(day -> !closed.contains(day)).toList();
        String label = Leaks.marker();
        MeetupPlanning.Planned planned = planning.plan(member(), plan(label, first.atTime(19, 0), 8),
                new MeetupPlanning.Repeat(Repetition.WEEKLY, null, 4));
        List<Long> series = query("SELECT DISTINCT series_id FROM meetup WHERE id = ?", planned.ids().get(0),
                result -> result.getLong(1));
        try {
            assertTrue(planned.skipped().contains(holiday), "expected the holiday " + holiday + " skipped");
            assertEquals(rhythm.stream().filter(closed::contains).toList(), planned.skipped(),
                    "expected exactly the holidays of the four weeks reported");
            assertEquals(held.size(), planned.ids().size(), "expected an occurrence for every other week");
            assertEquals(held.stream().map(day -> day.atTime(19, 0)).toList(), localStarts(planned.ids()),
                    "expected the days of the rhythm without the holiday, each at 19:00");
            assertEquals(planned.ids().size(), count("SELECT COUNT(*) FROM meetup WHERE series_id = " + series.get(0)),
                    "expected the occurrences of one series");

            long second = planned.ids().get(1);
            MeetupPlanning.Plan plan = planning.detail(member(), second, "en").orElseThrow().plan();
            List<LocalDateTime> before = localStarts(planned.ids());
            planning.change(member(), second, changed(plan, Duration.ofMinutes(90), plan.address(), plan.capacity()),
                    MeetupPlanning.Scope.REST, null);
            List<LocalDateTime> after = localStarts(planned.ids());
            assertEquals(before.get(0), after.get(0), "expected the occurrence before the one changed kept");
            for (int i = 1; i < before.size(); i++) {
                assertEquals(before.get(i).plusMinutes(90), after.get(i),
                        "expected occurrence " + (i + 1) + " moved by as much as the one changed");
            }
            assertTrue(planning.detail(member(), planned.ids().get(after.size() - 1), "en").orElseThrow().plan()
                    .end().toLocalTime().equals(LocalTime.of(22, 30)), "expected the length kept");
        } finally {
            planned.ids().forEach(fixtures::remove);
            sql("DELETE FROM meetup_series WHERE id = " + series.get(0));
        }
    }

    @Test
    @Order(11)
    void aCapacityStaysAboveThoseComingAMoveOrCancellationNeedsAReasonAndNewPlacesGoToThoseWaiting()
            throws Exception {
        MeetupFixtures.Made meetup = made(1, true);
        MeetupFixtures.Made empty = made(1, true);
        long reason = fixtures.reason(Leaks.marker());
        try {
            meetups.rsvp(client(), request(meetup.id(), "", "", ""));
            List<Meetups.Joined> waiting = List.of(meetups.rsvp(client(), request(meetup.id(), "", "", "")),
                    meetups.rsvp(client(), request(meetup.id(), "", "", "")),
                    meetups.rsvp(client(), request(meetup.id(), "", "", "")));
            MeetupPlanning.Plan plan = planning.detail(member(), meetup.id(), "en").orElseThrow().plan();

            planning.change(member(), meetup.id(), changed(plan, Duration.ZERO, ADDRESS, 3), MeetupPlanning.Scope.ONE,
                    null);
            assertEquals(List.of("COMING", "COMING", "COMING", "WAITING"), rows(meetup.id()),
                    "expected the two new places given to the first two waiting at once");
            assertEquals(List.of(RsvpStatus.COMING, RsvpStatus.COMING, RsvpStatus.WAITING),
                    waiting.stream().map(one -> one(one, "en").status()).toList(),
                    "expected the promoted to see it with their codes");
            assertNotNull(one(waiting.get(0), "en").promoted(), "expected the promotion shown");
            assertEquals(1, one(waiting.get(2), "en").turn(), "expected the one still waiting next in turn");
            assertEquals(List.of(), one(waiting.get(0), "en").notices(), "expected no notice for more places");

            assertRefused(MeetupException.Problem.BELOW_COMING, null,
                    () -> planning.change(member(), meetup.id(), changed(plan, Duration.ZERO, ADDRESS, 2),
                            MeetupPlanning.Scope.ONE, null),
                    "a capacity below those coming");
            assertRefused(MeetupException.Problem.REASON, null,
                    () -> planning.change(member(), meetup.id(), changed(plan, Duration.ofHours(1), ADDRESS, 3),
                            MeetupPlanning.Scope.ONE, null),
                    "a move without a reason while people come");
            assertRefused(MeetupException.Problem.REASON, null,
                    () -> planning.cancel(member(), meetup.id(), MeetupPlanning.Scope.ONE, null),
                    "a cancellation without a reason while people come");
            planning.activateReason(member(), reason, false);
            assertRefused(MeetupException.Problem.REASON, null,
                    () -> planning.cancel(member(), meetup.id(), MeetupPlanning.Scope.ONE, reason),
                    "a cancellation with a reason no longer offered");
            MeetupPlanning.Entry entry = planning.detail(member(), meetup.id(), "en").orElseThrow().entry();
            assertEquals(List.of(3, 3, 1, false), List.of(entry.capacity(), entry.coming(), entry.waiting(),
                    entry.cancelled()), "expected nothing changed by the refusals");

            MeetupPlanning.Plan emptyPlan = planning.detail(member(), empty.id(), "en").orElseThrow().plan();
            planning.change(member(), empty.id(), changed(emptyPlan, Duration.ofHours(1), ADDRESS, 1),
                    MeetupPlanning.Scope.ONE, null);
            planning.cancel(member(), empty.id(), MeetupPlanning.Scope.ONE, null);
            assertTrue(planning.detail(member(), empty.id(), "en").orElseThrow().entry().cancelled(),
                    "expected a meetup no one comes to moved and cancelled without a reason");
        } finally {
            fixtures.remove(meetup.id());
            fixtures.remove(empty.id());
            fixtures.removeReason(reason);
        }
    }

    @Test
    @Order(12)
    void theHeldMailGoesOutOnceOnThePromotionAndAMoveOrCancellationMailsEveryoneWithAnAddress() throws Exception {
        String label = Leaks.marker();
        MeetupFixtures.Made meetup = fixtures.meetup(label, 2, true, ADDRESS + " " + label);
        long reason = fixtures.reason(Leaks.marker());
        String stay = "p-" + Leaks.marker() + "@example.invalid";
        String promoted = "w-" + Leaks.marker() + "@example.invalid";
        String behind = "v-" + Leaks.marker() + "@example.invalid";
        List<String> nicknames = List.of("nick" + Leaks.marker(), "nick" + Leaks.marker(), "nick" + Leaks.marker());
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            meetups.rsvp(client(), new Meetups.Request(meetup.id(), nicknames.get(0), stay, "",
                    UUID.randomUUID().toString(), "es"));
            Meetups.Joined leaving = meetups.rsvp(client(), request(meetup.id(), "", "", ""));
            Meetups.Joined waiting = meetups.rsvp(client(), new Meetups.Request(meetup.id(), nicknames.get(1),
                    promoted, "", UUID.randomUUID().toString(), "ro"));
            Meetups.Joined waitingBehind = meetups.rsvp(client(), new Meetups.Request(meetup.id(), nicknames.get(2),
                    behind, "", UUID.randomUUID().toString(), "bg"));
            long heldForPromoted = heldMail(waiting.rsvp().id());
            long heldBehind = heldMail(waitingBehind.rsvp().id());
            assertTrue(waiting.rsvp().mail() && waitingBehind.rsvp().mail(), "expected the addresses kept");

            meetups.leave(client(), leaving.code(), leaving.rsvp().id());
            assertEquals(RsvpStatus.COMING, one(waiting, "ro").status(), "expected the first waiting promoted");
            List<MimeMessage> toPromoted = mailsTo(smtp, promoted, 1);
            awaitSent(heldForPromoted);
            assertEquals(heldBehind, heldMail(waitingBehind.rsvp().id()), "expected the other mail still held");
            assertTrue(outbox.state(heldBehind).orElseThrow().sentAt() == null, "expected it not sent");

            MeetupPlanning.Plan plan = planning.detail(member(), meetup.id(), "en").orElseThrow().plan();
            planning.change(member(), meetup.id(), changed(plan, Duration.ofMinutes(30), plan.address(), 2),
                    MeetupPlanning.Scope.ONE, reason);
            mailsTo(smtp, stay, 1);
            mailsTo(smtp, behind, 1);
            toPromoted = mailsTo(smtp, promoted, 2);
            assertEquals(2, toPromoted.size(), "expected the promotion's mail once, and the move's");
            assertEquals(1, mailsTo(smtp, behind, 1).size(), "expected the one behind mailed only for the move");
            assertEquals(1, mailsTo(smtp, stay, 1).size(), "expected the one coming mailed only for the move");

            planning.cancel(member(), meetup.id(), MeetupPlanning.Scope.ONE, reason);
            assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE id = " + heldBehind),
                    "expected the held mail of the one still waiting withdrawn with the cancellation");
            List<MimeMessage> all = new ArrayList<>();
            all.addAll(mailsTo(smtp, stay, 2));
            all.addAll(mailsTo(smtp, promoted, 3));
            all.addAll(mailsTo(smtp, behind, 2));
            assertEquals(7, all.size(), "expected 2 + 3 + 2 mails: " + all.size());

            List<String> forbidden = new ArrayList<>(List.of(label, ADDRESS));
            forbidden.addAll(nicknames);
            for (Meetups.Joined joined : List.of(leaving, waiting, waitingBehind)) {
                forbidden.addAll(List.of(joined.code(), joined.code().replace("-", "")));
            }
            for (MimeMessage mail : all) {
                String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
                String read = mail.getSubject() + "\n" + mail.getContent(); // decoded (a body may be base64)
                for (String secret : forbidden) {
                    assertFalse(whole.contains(secret) || read.contains(secret),
                            "expected nothing of the meetup in a mail: " + secret);
                }
                for (String fact : List.of("Test street", "Meetup", "Area", "Host", "19:00", "19:30", "19.00",
                        "19.30")) {
                    assertFalse(read.contains(fact), "expected no title, place, host or time in a mail: " + fact);
                }
                String to = mail.getAllRecipients()[0].toString();
                String language = to.equals(stay) ? "es" : to.equals(promoted) ? "ro" : "bg";
                assertTrue(read.contains("/" + language + "/inbox"),
                        "expected the inbox's link in the RSVP's language " + language);
            }
        } finally {
            smtp.stop();
            fixtures.remove(meetup.id());
            fixtures.removeReason(reason);
        }
    }

    @Test
    @Order(13)
    void thePlanningIsRefusedToAMemberWithoutStaffOrAdmin() throws Exception {
        MeetupFixtures.Made meetup = made(2, true);
        try {
            SignedIn coordinator = new SignedIn(COORDINATOR_ID, COORDINATOR_NAME, Set.of(Role.COORDINATOR),
                    keys.unlock(COORDINATOR_ID, coordinatorKey).orElseThrow());
            SignedIn claimsStaff = new SignedIn(COORDINATOR_ID, COORDINATOR_NAME, Set.of(Role.STAFF),
                    coordinator.key());
            LocalDateTime start = MovableClock.INSTANCE.instant().atZone(Languages.LOCAL_TIME).toLocalDate().plusDays(9)
                    .atTime(18, 0);
            for (SignedIn refused : Arrays.asList(coordinator, claimsStaff, null)) {
                String who = refused == null ? "no member" : refused.roles() + " on a COORDINATOR account";
                assertNotAllowed(() -> planning.plan(refused, plan(Leaks.marker(), start, 4), null), who, "plan");
                assertNotAllowed(() -> planning.list(refused, Instant.now(), Instant.now().plus(Duration.ofDays(30)),
                        "en"), who, "list");
                assertNotAllowed(() -> planning.detail(refused, meetup.id(), "en"), who, "open (with the address)");
                assertNotAllowed(() -> planning.attendees(refused, meetup.id()), who, "see the nicknames");
                assertNotAllowed(() -> planning.cancel(refused, meetup.id(), MeetupPlanning.Scope.ONE, null), who,
                        "cancel");
                assertNotAllowed(() -> planning.saveReason(refused, null, Map.of("en", "A reason")), who,
                        "write a reason");
            }
            assertFalse(planning.detail(member(), meetup.id(), "en").orElseThrow().entry().cancelled(),
                    "expected nothing changed by the refusals");
            assertEquals(List.of(), planning.attendees(member(), meetup.id()), "expected staff let in");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(19)
    void cleanUp() throws Exception {
        sql("DELETE FROM staff_account WHERE id IN (" + STAFF_ID + ", " + COORDINATOR_ID + ")");
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    // ---- helpers ----

    private interface Call {

        void run() throws Exception;
    }

    private static void assertRefused(MeetupException.Problem problem, String field, Call call, String what) {
        MeetupException refused = assertThrows(MeetupException.class, call::run, "expected refused: " + what);
        assertEquals(problem, refused.getProblem(), "expected " + problem + " for " + what);
        if (field != null) {
            assertEquals(field, refused.getField(), "expected the field named for " + what);
        }
    }

    private static void assertNotAllowed(Call call, String who, String what) {
        StaffAccountException refused = assertThrows(StaffAccountException.class, call::run,
                "expected " + who + " unable to " + what);
        assertEquals(StaffAccountException.Problem.NOT_ALLOWED, refused.getProblem(),
                "expected NOT_ALLOWED for " + who + " to " + what);
    }

    private MeetupFixtures.Made made(int capacity, boolean waitingList) {
        return fixtures.meetup(Leaks.marker(), capacity, waitingList, ADDRESS);
    }

    private static Client client() {
        return Client.of("meetup-rules-it-" + UUID.randomUUID());
    }

    private static Meetups.Request request(long meetupId, String nickname, String contact, String earlierCode) {
        return new Meetups.Request(meetupId, nickname, contact, earlierCode, UUID.randomUUID().toString(), "en");
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, STAFF_NAME, Set.of(Role.STAFF), keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    private Meetups.Mine one(Meetups.Joined joined, String language) {
        return meetups.mine(client(), joined.code(), language).orElseThrow().stream()
                .filter(mine -> mine.id() == joined.rsvp().id()).findFirst().orElseThrow();
    }

    private static List<NoticeKind> kinds(Meetups.Mine mine) {
        return mine.notices().stream().map(Meetups.Notice::kind).toList();
    }

    private static List<Long> ids(java.util.Optional<List<Meetups.Mine>> mine) {
        return mine.orElseThrow().stream().map(Meetups.Mine::id).toList();
    }

    private String reasonText(long reason, String language) {
        return planning.reasons(member(), language).stream().filter(one -> one.id() == reason).findFirst()
                .orElseThrow().texts().get(language);
    }

    private static MeetupPlanning.Plan plan(String label, LocalDateTime start, int capacity) {
        return new MeetupPlanning.Plan(Map.of("en", new MeetupPlanning.Text("Series " + label, "About " + label)),
                HostKind.STAFF, "Host " + label, List.of("nl", "en"), "Area " + label, false, ADDRESS, capacity,
                true, start, start.plusHours(2));
    }

    private static MeetupPlanning.Plan changed(MeetupPlanning.Plan plan, Duration shift, String address,
            int capacity) {
        return new MeetupPlanning.Plan(plan.texts(), plan.hostKind(), plan.hostName(), plan.languages(), plan.area(),
                plan.online(), address, capacity, plan.waitingList(), plan.start().plus(shift),
                plan.end().plus(shift));
    }

    private List<LocalDateTime> localStarts(List<Long> ids) {
        return ids.stream().map(id -> planning.detail(member(), id, "en").orElseThrow().plan().start()).toList();
    }

    private static String list(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The statuses of a meetup's RSVP rows, in the order of their ids. */
    private List<String> rows(long meetupId) throws SQLException {
        return query("SELECT status FROM meetup_rsvp WHERE meetup_id = ? ORDER BY id", meetupId,
                result -> result.getString(1));
    }

    private long heldMail(long rsvpId) throws SQLException {
        List<Long> held = query("SELECT held_mail_id FROM meetup_rsvp WHERE id = ?", rsvpId,
                result -> result.getObject(1) == null ? null : result.getLong(1));
        assertNotNull(held.get(0), "expected a mail held for RSVP " + rsvpId);
        return held.get(0);
    }

    /** Waits (up to 20 s) until the portal's sender records the mail as sent. */
    private void awaitSent(long mailId) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (outbox.state(mailId).map(state -> state.sentAt() == null).orElse(false)) {
            assertTrue(System.currentTimeMillis() < until, "expected the mail " + mailId + " recorded as sent");
            Thread.sleep(100);
        }
    }

    /** Waits (up to 40 s) for at least n mails to an address; returns them. */
    private static List<MimeMessage> mailsTo(GreenMail smtp, String address, int n) throws Exception {
        long until = System.currentTimeMillis() + 40_000;
        while (true) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> to(mail, address))
                    .toList();
            if (mails.size() >= n) {
                return mails;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + n + " mails to " + address + " within 40 s, got "
                        + mails.size());
            }
            Thread.sleep(250);
        }
    }

    private static boolean to(MimeMessage mail, String address) {
        try {
            return address.equals(mail.getAllRecipients()[0].toString());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private interface Read<T> {

        T from(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, long parameter, Read<T> read) throws SQLException {
        List<T> found = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    found.add(read.from(result));
                }
            }
        }
        return found;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement run = connection.prepareStatement(statement)) {
            run.executeUpdate();
        }
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
