package nl.xenia.portal.meetups.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Retention;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
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

/**
 * Retention of meetups ({@code xenia.meetups.retention}, 30 days after the end): an occurrence that ended 29 days ago
 * stays, one that ended 31 days ago goes with its RSVPs, texts and notices, and a mail still held for someone waiting is
 * withdrawn; what monitoring keeps is one {@code meetup_count} row (month, first language spoken, who hosted, held or
 * cancelled, how many said they come, how many waited, how many came), written once even when the deletion runs twice,
 * one after the other or at the same moment. The occurrences are made to come (RSVPs need that) and then moved into the
 * past; the movable clock then brings the one of 29 days past its time. The count table keeps no id, so each test
 * counts the rows of its own values before and after (a count of how many came no other test uses).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupRetentionIT {

    private static final long STAFF_ID = 990_154L;
    private static final String STAFF_NAME = "meetup-retention-staff";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("meetup-retention-it");
    }

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    MeetupRetention meetupRetention;

    @Inject
    Retention retention;

    @Inject
    MeetupFixtures fixtures;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private static byte[] staffKey;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aStaffMemberOfTheTest() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, STAFF_NAME);
        transaction.commit();
    }

    @Test
    @Order(2)
    void aMeetupGoesThirtyDaysAfterItsEndAndLeavesOneCount() throws Exception {
        Duration retained = ConfigProvider.getConfig().getOptionalValue("xenia.meetups.retention", Duration.class)
                .orElse(Duration.ofDays(30));
        long reason = fixtures.reason(Leaks.marker());
        int came = 100 + new java.security.SecureRandom().nextInt(900); // a number of its own in the count table
        Duration moved = Duration.ZERO;
        List<Long> made = new ArrayList<>();
        try {
            // held by staff, in Ukrainian first: two come, two wait (one with an address, one who then leaves), moved
            LocalDateTime start = today().plusDays(5).atTime(19, 0);
            long deleted = planning.plan(member(), new MeetupPlanning.Plan(
                    Map.of("en", new MeetupPlanning.Text("Retention " + UUID.randomUUID(), "")), HostKind.STAFF,
                    "Staff host", List.of("uk", "nl"), "Area retention", false, "Test street 1", 2, true, start,
                    start.plusHours(2)), null).ids().get(0);
            made.add(deleted);
            meetups.rsvp(client(), request(deleted, ""));
            meetups.rsvp(client(), request(deleted, ""));
            MeetupPlanning.Plan plan = planning.detail(member(), deleted, "en").orElseThrow().plan();
            planning.change(member(), deleted, new MeetupPlanning.Plan(plan.texts(), plan.hostKind(),
                    plan.hostName(), plan.languages(), plan.area(), plan.online(), plan.address(), plan.capacity(),
                    plan.waitingList(), plan.start().plusHours(1), plan.end().plusHours(1)), MeetupPlanning.Scope.ONE,
                    reason); // a notice (and no mail: no one coming left an address)
            Meetups.Joined waiting = meetups.rsvp(client(), request(deleted, "retention@example.invalid"));
            Meetups.Joined leaving = meetups.rsvp(client(), request(deleted, ""));
            meetups.leave(client(), leaving.code(), leaving.rsvp().id());
            long heldMail = number("SELECT held_mail_id FROM meetup_rsvp WHERE id = " + waiting.rsvp().id());
            assertTrue(heldMail > 0, "expected a mail held for the one waiting with an address");

            // cancelled, hosted by peers (the fixture: Spanish first), one came to it
            MeetupFixtures.Made cancelled = fixtures.meetup(Leaks.marker(), 3, false, "Test street 2");
            made.add(cancelled.id());
            meetups.rsvp(client(), request(cancelled.id(), ""));
            planning.cancel(member(), cancelled.id(), MeetupPlanning.Scope.ONE, reason);

            // ended a day later than the others: 29 days ago when they ended 31 days ago
            MeetupFixtures.Made kept = fixtures.meetup(Leaks.marker(), 3, false, "Test street 3");
            made.add(kept.id());
            meetups.rsvp(client(), request(kept.id(), ""));

            Instant now = MovableClock.INSTANCE.instant();
            Instant longAgo = now.minus(retained).minus(Duration.ofDays(1));
            Instant lately = now.minus(retained).plus(Duration.ofDays(1));
            fixtures.reschedule(deleted, longAgo.minus(Duration.ofHours(2)), longAgo);
            fixtures.reschedule(cancelled.id(), longAgo.minus(Duration.ofHours(2)), longAgo);
            fixtures.reschedule(kept.id(), lately.minus(Duration.ofHours(2)), lately);
            planning.recordCame(member(), deleted, came);
            planning.recordCame(member(), kept.id(), came);

            String heldRow = countRow(longAgo, "uk", "STAFF", true, 4, 2, came);
            String cancelledRow = countRow(longAgo, "es", "PEER", false, 1, 0, null);
            String keptRow = countRow(lately, "es", "PEER", true, 1, 0, came);
            long heldBefore = count(heldRow);
            long cancelledBefore = count(cancelledRow);
            long keptBefore = count(keptRow);
            assertEquals(4, count("SELECT COUNT(*) FROM meetup_rsvp WHERE meetup_id = " + deleted));
            assertEquals(1, count("SELECT COUNT(*) FROM meetup_notice WHERE meetup_id = " + deleted),
                    "expected the move's notice");

            freeTheRetentionClaim();
            retention.runIfClaimed().orElseThrow(); // the portal's job, on the clock as it is
            for (long gone : List.of(deleted, cancelled.id())) {
                for (String table : List.of("meetup", "meetup_rsvp", "meetup_text", "meetup_notice")) {
                    String column = table.equals("meetup") ? "id" : "meetup_id";
                    assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = " + gone),
                            "expected nothing left in " + table + " of a meetup ended 31 days ago");
                }
            }
            assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE id = " + heldMail),
                    "expected the mail held for the one waiting withdrawn");
            assertEquals(1, count("SELECT COUNT(*) FROM meetup WHERE id = " + kept.id()),
                    "expected the meetup ended 29 days ago kept");
            assertEquals(1, count("SELECT COUNT(*) FROM meetup_rsvp WHERE meetup_id = " + kept.id()),
                    "expected its RSVP kept");
            assertEquals(heldBefore + 1, count(heldRow), "expected one count of the held meetup: month, first"
                    + " language, host, held, 4 said they come (also the one who left the waiting list), 2 waited, came");
            assertEquals(cancelledBefore + 1, count(cancelledRow), "expected one count of the cancelled meetup");
            assertEquals(keptBefore, count(keptRow), "expected no count of a meetup kept");

            meetupRetention.deleteExpired(MovableClock.INSTANCE.instant());
            assertEquals(1, count("SELECT COUNT(*) FROM meetup WHERE id = " + kept.id()),
                    "expected the meetup ended 29 days ago still kept");
            assertEquals(heldBefore + 1, count(heldRow), "expected a second run to count nothing again");
            assertEquals(cancelledBefore + 1, count(cancelledRow), "expected a second run to count nothing again");

            Duration past = Duration.ofDays(2);
            MovableClock.INSTANCE.advance(past);
            moved = moved.plus(past);
            meetupRetention.deleteExpired(MovableClock.INSTANCE.instant());
            assertEquals(0, count("SELECT COUNT(*) FROM meetup WHERE id = " + kept.id()),
                    "expected the meetup deleted once 30 days are past its end");
            assertEquals(0, count("SELECT COUNT(*) FROM meetup_rsvp WHERE meetup_id = " + kept.id()),
                    "expected its RSVP deleted with it");
            assertEquals(keptBefore + 1, count(keptRow), "expected one count of it");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            freeTheRetentionClaim();
            made.forEach(fixtures::remove);
            fixtures.removeReason(reason);
        }
    }

    @Test
    @Order(3)
    void twoDeletionsAtTheSameMomentCountAMeetupOnce() throws Exception {
        Duration retained = ConfigProvider.getConfig().getOptionalValue("xenia.meetups.retention", Duration.class)
                .orElse(Duration.ofDays(30));
        int came = 100 + new java.security.SecureRandom().nextInt(900);
        MeetupFixtures.Made meetup = fixtures.meetup(Leaks.marker(), 3, false, "Test street 4");
        try {
            meetups.rsvp(client(), request(meetup.id(), ""));
            meetups.rsvp(client(), request(meetup.id(), ""));
            Instant ended = MovableClock.INSTANCE.instant().minus(retained).minus(Duration.ofHours(6));
            fixtures.reschedule(meetup.id(), ended.minus(Duration.ofHours(2)), ended);
            planning.recordCame(member(), meetup.id(), came);
            String row = countRow(ended, "es", "PEER", true, 2, 0, came);
            long before = count(row);

            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> runs = List.of(new CompletableFuture<>(), new CompletableFuture<>());
            for (CompletableFuture<Integer> run : runs) {
                threads.newThread(() -> {
                    try {
                        go.await();
                        run.complete(meetupRetention.deleteExpired(MovableClock.INSTANCE.instant()));
                    } catch (Throwable failure) {
                        run.completeExceptionally(failure);
                    }
                }).start();
            }
            go.countDown();
            for (CompletableFuture<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS); // neither fails
            }
            assertEquals(0, count("SELECT COUNT(*) FROM meetup WHERE id = " + meetup.id()),
                    "expected the meetup deleted");
            assertEquals(before + 1, count(row), "expected one count although two deletions ran at once");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        sql("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    // ---- helpers ----

    private static Client client() {
        return Client.of("meetup-retention-it-" + UUID.randomUUID());
    }

    private static Meetups.Request request(long meetupId, String contact) {
        return new Meetups.Request(meetupId, "", contact, "", UUID.randomUUID().toString(), "en");
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, STAFF_NAME, Set.of(Role.STAFF), keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    private static java.time.LocalDate today() {
        return MovableClock.INSTANCE.instant().atZone(Languages.LOCAL_TIME).toLocalDate();
    }

    /** The query counting the count rows of these values (the month of a meetup that ended at {@code end}). */
    private static String countRow(Instant end, String language, String host, boolean held, int rsvps, int waited,
            Integer came) {
        String month = end.minus(Duration.ofHours(2)).atZone(Languages.LOCAL_TIME).toLocalDate().toString()
                .substring(0, 7);
        return "SELECT COUNT(*) FROM meetup_count WHERE year_month = '" + month + "' AND language = '" + language
                + "' AND host_kind = '" + host + "' AND held = " + held + " AND rsvps = " + rsvps + " AND waited = "
                + waited + " AND came " + (came == null ? "IS NULL" : "= " + came);
    }

    private long count(String sql) throws SQLException {
        return number(sql);
    }

    private long number(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            assertTrue(result.next(), "expected a row: " + sql);
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement run = connection.prepareStatement(statement)) {
            run.executeUpdate();
        }
    }

    private void freeTheRetentionClaim() throws SQLException {
        sql("UPDATE job_claim SET claimed_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'"
                + " WHERE name = 'retention'");
    }
}
