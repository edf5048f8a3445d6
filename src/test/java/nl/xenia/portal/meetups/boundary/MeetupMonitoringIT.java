package nl.xenia.portal.meetups.boundary;

import static nl.xenia.portal.testing.FigureDeltas.changed;
import static nl.xenia.portal.testing.FigureDeltas.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.FigureDeltas;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MovableClock;
import nl.xenia.portal.testing.Office;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The meetups' figures ({@link MeetupMonitoring}) as a year's journey makes them: occurrences planned through the
 * facade in last year with the movable clock (by peers and by staff, in Romanian, Bulgarian and Spanish first), RSVPs
 * with a waiting list and someone who leaves it, a count of who came, cancellations; the real retention then removes
 * the first four months' occurrences, so that the figures come from both the counts of removed occurrences and the
 * ones still held. Each cell the journey changed is checked (after minus before: the running portal holds other data)
 * and every other cell unchanged; an occurrence removed is counted once (not also as held), one in the next year not in
 * this one, and one still to come is not held yet while its RSVPs count. Everything happens in a transaction that is
 * rolled back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupMonitoringIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("meetup-monitoring-it");
    }

    @Inject
    MeetupMonitoring monitoring;

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    MeetupRetention retention;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void eachOccurrenceCountsOnceInTheCellsOfItsQuarterLanguageAndHost() throws Exception {
        LocalDate today = MovableClock.INSTANCE.instant().atZone(Period.ZONE).toLocalDate();
        int year = today.getYear() - 1;
        Period period = Period.year(year);
        LocalDateTime soon = today.plusDays(20).atTime(19, 0);
        Period soonYear = Period.year(soon.getYear());
        Duration moved = Duration.ZERO;
        transaction.begin();
        try {
            FigureSection before = monitoring.figures(period);
            FigureSection nextBefore = monitoring.figures(Period.year(year + 1));
            FigureSection soonBefore = monitoring.figures(soonYear);
            SignedIn admin = admin();
            String label = Leaks.marker();
            long reason = planning.saveReason(admin, null, Map.of("en", "Reason " + label));

            moved = moved.plus(to(LocalDateTime.of(year, 2, 2, 12, 0)));
            long february = plan(admin, label, HostKind.PEER, List.of("ro", "en"), LocalDateTime.of(year, 2, 10, 19, 0),
                    1, true);
            // half past midnight on 1 April (and 1 July) is still March (June) in UTC
            long april = plan(admin, label, HostKind.STAFF, List.of("bg"), LocalDateTime.of(year, 4, 1, 0, 30), 5,
                    false);
            long july = plan(admin, label, HostKind.STAFF, List.of("ro"), LocalDateTime.of(year, 7, 1, 0, 30), 2,
                    true);
            long august = plan(admin, label, HostKind.PEER, List.of("es", "nl"), LocalDateTime.of(year, 8, 5, 19, 0),
                    5, false);
            long september = plan(admin, label, HostKind.PEER, List.of("ro"), LocalDateTime.of(year, 9, 9, 19, 0), 5,
                    false);
            long nextYear = plan(admin, label, HostKind.PEER, List.of("ro"), LocalDateTime.of(year + 1, 1, 20, 19, 0),
                    5, false);

            rsvp(february); // comes
            rsvp(february); // waits
            Meetups.Joined leaves = rsvp(february); // waits, then leaves: said they come, and waited
            assertTrue(leaves.rsvp().isWaiting(), "expected the third on the waiting list");
            meetups.leave(client(), leaves.code(), leaves.rsvp().id());
            rsvp(april);
            planning.cancel(admin, april, MeetupPlanning.Scope.ONE, reason);
            rsvp(july);
            rsvp(july);
            rsvp(july); // waits
            planning.cancel(admin, august, MeetupPlanning.Scope.ONE, null);
            rsvp(september);
            rsvp(september); // no one counts who came
            rsvp(nextYear);
            moved = moved.plus(to(LocalDateTime.of(year, 2, 10, 20, 0)));
            planning.recordCame(admin, february, 2);
            moved = moved.plus(to(LocalDateTime.of(year, 7, 1, 1, 0)));
            planning.recordCame(admin, july, 1);
            MovableClock.INSTANCE.advance(moved.negated());
            moved = Duration.ZERO;

            // still to come: not held yet, its RSVP counts
            long upcoming = plan(admin, label, HostKind.STAFF, List.of("bg"), soon, 5, false);
            rsvp(upcoming);

            // 30 days after mid-April: February's and April's occurrences are removed and counted, the rest held
            retention.deleteExpired(LocalDateTime.of(year, 5, 15, 0, 0).atZone(Period.ZONE).toInstant());
            String ours = List.of(february, april, july, august, september, nextYear, upcoming).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
            assertEquals(5, count("SELECT COUNT(*) FROM meetup WHERE id IN " + ours),
                    "expected February's and April's occurrences removed, the other five kept");
            assertEquals(0, count("SELECT COUNT(*) FROM meetup_rsvp WHERE meetup_id IN (" + february + ", " + april
                    + ")"), "expected the removed occurrences' RSVPs gone with them");

            FigureSection after = monitoring.figures(period);
            String ro = "ro";
            String bg = "bg";
            assertEquals(Map.of(ro, row(1, 0, 2, 0)), changed(before, after, "meetups-held"),
                    "expected the held occurrences by first language and quarter: February's removed, July's and"
                            + " September's held; no cancelled one");
            assertEquals(Map.of(host(HostKind.PEER), row(1, 0, 1, 0), host(HostKind.STAFF), row(0, 0, 1, 0)),
                    changed(before, after, "meetups-host"), "expected the held occurrences by host");
            assertEquals(Map.of(ro, row(3, 0, 5, 0), bg, row(0, 1, 0, 0)), changed(before, after, "meetups-rsvps"),
                    "expected everyone who said they come (also who left, and to a cancelled one), by first language");
            assertEquals(Map.of(ro, row(2, 0, 1, 0)), changed(before, after, "meetups-waited"),
                    "expected everyone ever on a waiting list");
            assertEquals(Map.of(ro, row(2, 0, 1, 0)), changed(before, after, "meetups-came"),
                    "expected who came, only where staff counted");
            assertEquals(Map.of(bg, row(0, 1, 0, 0), "es", row(0, 0, 1, 0)),
                    changed(before, after, "meetups-cancelled"), "expected the cancelled occurrences");
            assertEquals(row(0, 3, 0, 1, 0, 0, 3, 0, 2, 0, 0, 0), FigureDeltas.channel(before, after),
                    "expected the RSVPs per month of the occurrence's start (local time)");
            for (String table : List.of("meetups-held", "meetups-host", "meetups-rsvps", "meetups-waited",
                    "meetups-came", "meetups-cancelled")) {
                assertTrue(FigureDeltas.table(after, table).columnTotals(), "expected the rows of " + table
                        + " to add up (each occurrence has one first language and one host)");
            }

            FigureSection next = monitoring.figures(Period.year(year + 1));
            assertEquals(row(1, 0, 0, 0), changed(nextBefore, next, "meetups-rsvps").get(ro),
                    "expected next year's RSVP counted in next year only");
            FigureSection soonAfter = monitoring.figures(soonYear);
            List<Long> soonRsvps = row(0, 0, 0, 0).stream().collect(Collectors.toList());
            soonRsvps.set(soonYear.timeColumn(soon.atZone(Period.ZONE).toInstant()), 1L);
            assertEquals(soonRsvps, changed(soonBefore, soonAfter, "meetups-rsvps").get(bg),
                    "expected the RSVP to an occurrence still to come counted");
            assertFalse(changed(soonBefore, soonAfter, "meetups-held").containsKey(bg),
                    "expected an occurrence still to come not counted as held");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            transaction.rollback();
        }
    }

    // ---- helpers ----

    private long plan(SignedIn admin, String label, HostKind host, List<String> languages, LocalDateTime start,
            int capacity, boolean waitingList) {
        return planning.plan(admin, new MeetupPlanning.Plan(
                Map.of("en", new MeetupPlanning.Text("Meetup " + label, "")), host, "Host " + label, languages,
                "Area " + label, false, "Test street 1", capacity, waitingList, start, start.plusHours(1)), null)
                .ids().get(0);
    }

    private Meetups.Joined rsvp(long meetup) {
        return meetups.rsvp(client(), new Meetups.Request(meetup, "", "", "", UUID.randomUUID().toString(), "en"));
    }

    private static Client client() {
        return Client.of("meetup-monitoring-it-" + UUID.randomUUID());
    }

    private SignedIn admin() throws SQLException {
        long adminId = count("SELECT id FROM staff_account WHERE username = '" + Office.ADMIN + "'");
        return new SignedIn(adminId, Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
    }

    /** Moves the movable clock to a local time; returns by how much. */
    private static Duration to(LocalDateTime moment) {
        Duration by = Duration.between(MovableClock.INSTANCE.instant(), moment.atZone(Period.ZONE).toInstant());
        MovableClock.INSTANCE.advance(by);
        return by;
    }

    private static String host(HostKind kind) {
        return "HostKind." + kind.name();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            assertTrue(result.next(), "expected a row: " + sql);
            return result.getLong(1);
        }
    }
}
