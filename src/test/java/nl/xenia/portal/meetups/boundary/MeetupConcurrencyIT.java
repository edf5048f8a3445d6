package nl.xenia.portal.meetups.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
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
 * A place is given once, under concurrency, as the database keeps it: 30 "I'll come" sent at once for a meetup of 10
 * places with a waiting list give exactly 10 coming on the places 1 … 10 and 20 waiting, in the order they came through
 * the meetup's lock (their ids), with turns 1 … 20; two people leaving at the same moment promote two different people,
 * the first two waiting, each once; people leaving while others say they come never overfill the meetup nor let a new
 * one pass those waiting; without a waiting list, 30 at once give 10 coming and 20 refused FULL. Each racer is a
 * thread of its own, released by a latch, with its own client and form token. The meetups are committed (the racing
 * transactions must see each other) and removed by each test; the organisation's key is the office fixture's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupConcurrencyIT {

    private static final Logger LOG = Logger.getLogger(MeetupConcurrencyIT.class.getName());
    private static final int PLACES = 10;
    private static final int RACERS = 30;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("meetup-concurrency-it");
    }

    @Inject
    Meetups meetups;

    @Inject
    MeetupFixtures fixtures;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key, which sealing a nickname needs
    }

    @Test
    @Order(1)
    void thirtyAtOnceForTenPlacesGiveTenComingAndTwentyWaitingInTurn() throws Exception {
        MeetupFixtures.Made meetup = made(true);
        try {
            Map<Integer, Meetups.Joined> joined = new ConcurrentHashMap<>();
            long began = System.nanoTime();
            Map<String, Integer> outcomes = race(RACERS,
                    racer -> () -> {
                        Meetups.Joined one = meetups.rsvp(client(), request(meetup.id()));
                        joined.put(racer, one);
                        return one.rsvp();
                    });
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            LOG.info(() -> RACERS + " RSVPs at once for " + PLACES + " places with a waiting list: " + outcomes
                    + " in " + millis + " ms");
            assertEquals(Map.of("COMING", PLACES, "WAITING", RACERS - PLACES), outcomes,
                    "expected exactly " + PLACES + " coming and the others waiting (none BUSY, none an error)");

            List<Row> rows = rows(meetup.id());
            assertEquals(RACERS, rows.size(), "expected one row per RSVP");
            List<Row> coming = rows.stream().filter(row -> row.status() == RsvpStatus.COMING).toList();
            List<Row> waiting = rows.stream().filter(row -> row.status() == RsvpStatus.WAITING).toList();
            assertEquals(PLACES, coming.size(), "expected " + PLACES + " rows coming: " + rows);
            assertEquals(RACERS - PLACES, waiting.size(), "expected the other rows waiting: " + rows);
            assertEquals(IntStream.rangeClosed(1, PLACES).boxed().collect(Collectors.toSet()),
                    coming.stream().map(Row::place).collect(Collectors.toSet()),
                    "expected the places 1 … " + PLACES + ", each once: " + coming);
            assertTrue(waiting.stream().allMatch(row -> row.place() == null), "expected no place while waiting");
            long lastComing = coming.stream().mapToLong(Row::id).max().orElseThrow();
            assertTrue(waiting.stream().allMatch(row -> row.id() > lastComing),
                    "expected the first " + PLACES + " through the lock coming and every later one waiting: " + rows);

            // the turns the people see with their codes: 1 … 20 in the order of their ids
            Map<Long, Integer> turns = new TreeMap<>();
            for (Meetups.Joined one : joined.values()) {
                assertNotNull(one.code(), "expected a new code for each RSVP");
                Meetups.Mine mine = meetups.mine(client(), one.code(), "en").orElseThrow().get(0);
                if (mine.isWaiting()) {
                    turns.put(mine.id(), mine.turn());
                } else {
                    assertEquals(0, mine.turn(), "expected no turn while coming");
                    assertNotNull(mine.address(), "expected the address shown to someone coming");
                }
            }
            assertEquals(waiting.stream().map(Row::id).toList(), List.copyOf(turns.keySet()),
                    "expected every waiting row seen by its code");
            assertEquals(IntStream.rangeClosed(1, RACERS - PLACES).boxed().toList(), List.copyOf(turns.values()),
                    "expected the turns 1 … " + (RACERS - PLACES) + " in the order of the ids, without gaps");
            assertEquals(PLACES, meetups.listing("en", meetup.id()).orElseThrow().capacity());
            assertTrue(meetups.listing("en", meetup.id()).orElseThrow().isFull(), "expected the listing full");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(2)
    void twoLeavingAtOnceFreeTwoPlacesForTheFirstTwoWaitingEachOnce() throws Exception {
        MeetupFixtures.Made meetup = made(true);
        int rounds = 3;
        try {
            List<Meetups.Joined> coming = new ArrayList<>();
            for (int i = 0; i < PLACES; i++) {
                coming.add(meetups.rsvp(client(), request(meetup.id())));
            }
            List<Long> waitingIds = new ArrayList<>();
            for (int i = 0; i < 2 * rounds + 2; i++) {
                Meetups.Joined waiting = meetups.rsvp(client(),
                        new Meetups.Request(meetup.id(), "", "waiting" + i + "@example.invalid", "",
                                UUID.randomUUID().toString(), "en"));
                assertEquals(RsvpStatus.WAITING, waiting.rsvp().status(), "expected a turn once full");
                waitingIds.add(waiting.rsvp().id());
            }
            Map<Long, Long> heldMail = heldMail(meetup.id());
            assertEquals(Set.copyOf(waitingIds), heldMail.keySet(), "expected a mail held for each one waiting");

            for (int round = 0; round < rounds; round++) {
                List<Meetups.Joined> leaving = List.of(coming.get(2 * round), coming.get(2 * round + 1));
                Set<Integer> freed = rows(meetup.id()).stream()
                        .filter(row -> leaving.stream().anyMatch(one -> one.rsvp().id() == row.id()))
                        .map(Row::place).collect(Collectors.toSet());
                assertEquals(2, freed.size(), "expected the two leaving to hold two places");
                Map<String, Integer> outcomes = race(2, racer -> () -> {
                    meetups.leave(client(), leaving.get(racer).code(), leaving.get(racer).rsvp().id());
                    return "LEFT";
                });
                int finalRound = round;
                LOG.info(() -> "round " + finalRound + ": two leaving at once: " + outcomes);
                assertEquals(Map.of("LEFT", 2), outcomes, "expected both to leave (none BUSY)");

                List<Row> rows = rows(meetup.id());
                List<Long> firstTwo = waitingIds.subList(2 * round, 2 * round + 2);
                List<Row> promoted = rows.stream().filter(row -> firstTwo.contains(row.id())).toList();
                assertTrue(promoted.stream().allMatch(row -> row.status() == RsvpStatus.COMING && row.promoted()),
                        "expected the first two waiting promoted: " + promoted);
                assertEquals(freed, promoted.stream().map(Row::place).collect(Collectors.toSet()),
                        "expected the two freed places given, one each: " + promoted);
                assertTrue(promoted.stream().allMatch(row -> row.heldMail() == null),
                        "expected each promoted person's held mail released: " + promoted);
                for (long id : firstTwo) {
                    assertTrue(released(heldMail.get(id)), "expected the held mail of " + id + " to go out now");
                }
                List<Row> stillWaiting = rows.stream().filter(row -> row.status() == RsvpStatus.WAITING).toList();
                assertEquals(waitingIds.subList(2 * round + 2, waitingIds.size()),
                        stillWaiting.stream().map(Row::id).toList(), "expected the others still waiting in turn");
                assertTrue(stillWaiting.stream().allMatch(row -> row.heldMail() != null && !row.promoted()),
                        "expected the mail of those still waiting still held: " + stillWaiting);
                assertEquals(2L * (round + 1), promotedCount(rows),
                        "expected exactly two more promotions, no one promoted twice: " + rows);
                assertComingWithinCapacity(rows);
                assertEquals(PLACES, rows.stream().filter(row -> row.status() == RsvpStatus.COMING).count(),
                        "expected the meetup full again");
            }
        } finally {
            fixtures.remove(meetup.id());
            sql("DELETE FROM mail_outbox WHERE id IN (" + String.join(",", mailIds) + ")");
        }
    }

    @Test
    @Order(3)
    void leavingWhileOthersSayTheyComeNeverOverfillsNorPassesThoseWaiting() throws Exception {
        int rounds = 4;
        int newcomers = 4;
        MeetupFixtures.Made withoutList = made(false);
        MeetupFixtures.Made withList = made(true);
        try {
            List<Meetups.Joined> coming = new ArrayList<>();
            List<Meetups.Joined> comingToList = new ArrayList<>();
            for (int i = 0; i < PLACES; i++) {
                coming.add(meetups.rsvp(client(), request(withoutList.id())));
                comingToList.add(meetups.rsvp(client(), request(withList.id())));
            }
            long firstWaiting = meetups.rsvp(client(), request(withList.id())).rsvp().id();

            for (int round = 0; round < rounds; round++) {
                Meetups.Joined leaver = coming.get(round);
                Map<String, Integer> outcomes = race(1 + newcomers, racer -> () -> {
                    if (racer == 0) {
                        meetups.leave(client(), leaver.code(), leaver.rsvp().id());
                        return "LEFT";
                    }
                    return meetups.rsvp(client(), request(withoutList.id())).rsvp();
                });
                int finalRound = round;
                LOG.info(() -> "round " + finalRound + ": one leaving, " + newcomers + " coming, no waiting list: "
                        + outcomes);
                assertEquals(1, outcomes.getOrDefault("LEFT", 0), "expected the one leaving to leave: " + outcomes);
                assertTrue(outcomes.getOrDefault("COMING", 0) <= 1,
                        "expected at most the freed place given: " + outcomes);
                assertEquals(newcomers, outcomes.getOrDefault("COMING", 0) + outcomes.getOrDefault("FULL", 0),
                        "expected every other newcomer refused FULL: " + outcomes);
                List<Row> rows = rows(withoutList.id());
                assertComingWithinCapacity(rows);
                long now = rows.stream().filter(row -> row.status() == RsvpStatus.COMING).count();
                assertEquals(PLACES - 1 + outcomes.getOrDefault("COMING", 0), now,
                        "expected the rows to agree with the outcomes: " + rows);
                if (now < PLACES) { // the newcomers all came before the place was freed: fill it for the next round
                    assertEquals("COMING", meetups.rsvp(client(), request(withoutList.id())).rsvp().status().name(),
                            "expected the freed place given afterwards");
                }
            }

            for (int round = 0; round < rounds; round++) {
                Meetups.Joined leaver = comingToList.get(round);
                Map<String, Integer> outcomes = race(1 + newcomers, racer -> () -> {
                    if (racer == 0) {
                        meetups.leave(client(), leaver.code(), leaver.rsvp().id());
                        return "LEFT";
                    }
                    return meetups.rsvp(client(), request(withList.id())).rsvp();
                });
                int finalRound = round;
                LOG.info(() -> "round " + finalRound + ": one leaving, " + newcomers + " coming, waiting list: "
                        + outcomes);
                assertEquals(Map.of("LEFT", 1, "WAITING", newcomers), outcomes,
                        "expected the one leaving to leave and every newcomer to wait behind those waiting");
                List<Row> rows = rows(withList.id());
                assertComingWithinCapacity(rows);
                assertEquals(PLACES, rows.stream().filter(row -> row.status() == RsvpStatus.COMING).count(),
                        "expected the freed place given at once: " + rows);
                List<Row> promoted = rows.stream().filter(Row::promoted).toList();
                assertEquals(round + 1, promoted.size(), "expected one promotion per place freed: " + rows);
                assertEquals(firstWaiting, promoted.get(0).id(), "expected the first waiting promoted first");
                long lastPromoted = promoted.stream().mapToLong(Row::id).max().orElseThrow();
                assertTrue(rows.stream().filter(row -> row.status() == RsvpStatus.WAITING)
                        .allMatch(row -> row.id() > lastPromoted),
                        "expected no one promoted past someone waiting longer: " + rows);
            }
        } finally {
            fixtures.remove(withoutList.id());
            fixtures.remove(withList.id());
        }
    }

    @Test
    @Order(4)
    void withoutAWaitingListThirtyAtOnceGiveTenComingAndTwentyFull() throws Exception {
        MeetupFixtures.Made meetup = made(false);
        try {
            long began = System.nanoTime();
            Map<String, Integer> outcomes = race(RACERS,
                    racer -> () -> meetups.rsvp(client(), request(meetup.id())).rsvp());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            LOG.info(() -> RACERS + " RSVPs at once for " + PLACES + " places without a waiting list: " + outcomes
                    + " in " + millis + " ms");
            assertEquals(Map.of("COMING", PLACES, "FULL", RACERS - PLACES), outcomes,
                    "expected exactly " + PLACES + " coming and the others refused FULL (none BUSY)");
            List<Row> rows = rows(meetup.id());
            assertEquals(PLACES, rows.size(), "expected nothing stored of a refused RSVP: " + rows);
            assertComingWithinCapacity(rows);
            assertEquals(IntStream.rangeClosed(1, PLACES).boxed().collect(Collectors.toSet()),
                    rows.stream().map(Row::place).collect(Collectors.toSet()), "expected the places 1 … " + PLACES);
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    @Test
    @Order(5)
    void theUniquePlaceAloneRefusesASecondRowOnTheSamePlace() throws Exception {
        MeetupFixtures.Made meetup = made(false);
        try {
            insertComing(meetup.id(), 1);
            SQLException refused = null;
            try {
                insertComing(meetup.id(), 1);
            } catch (SQLException expected) {
                refused = expected;
            }
            assertNotNull(refused, "expected the database to refuse a second row on the same place");
            assertEquals("23505", refused.getSQLState(), "expected a unique violation: " + refused.getMessage());
            assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("meetup_rsvp_place_taken"),
                    "expected the place's constraint named: " + refused.getMessage());
            insertComing(meetup.id(), 2);
            assertEquals(2, rows(meetup.id()).size(), "expected another place accepted, the refused row not stored");
        } finally {
            fixtures.remove(meetup.id());
        }
    }

    // ---- helpers ----

    /** One RSVP row as the database holds it. */
    private record Row(long id, RsvpStatus status, Integer place, boolean promoted, Long heldMail) {
    }

    /** A task of one racer: returns its outcome (an RSVP's status, or a word) or throws MeetupException. */
    private interface Attempt {

        Object run();
    }

    /** The outbox rows this class queued (held mails), removed at the end of their test. */
    private final List<String> mailIds = new ArrayList<>(List.of("-1"));

    /**
     * Starts {@code count} threads, lets them go at once, and counts the outcomes: the status of an RSVP, what the
     * attempt returned, the Problem of a refusal, or an error.
     */
    private Map<String, Integer> race(int count, IntFunction<Attempt> attempts) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Thread> racers = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            Attempt attempt = attempts.apply(i);
            Thread racer = threads.newThread(() -> {
                String outcome;
                try {
                    ready.countDown();
                    go.await();
                    Object result = attempt.run();
                    outcome = result instanceof Meetups.Mine mine ? mine.status().name() : String.valueOf(result);
                } catch (MeetupException refused) {
                    outcome = refused.getProblem().name();
                } catch (Throwable failure) {
                    outcome = "ERROR " + failure.getClass().getName() + ": " + failure.getMessage();
                }
                outcomes.merge(outcome, 1, Integer::sum);
                finished.incrementAndGet();
            });
            racers.add(racer);
            racer.start();
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "expected every racer ready");
        go.countDown();
        for (Thread racer : racers) {
            racer.join(120_000);
        }
        assertEquals(count, finished.get(), "expected every racer finished: " + outcomes);
        return new TreeMap<>(outcomes);
    }

    private MeetupFixtures.Made made(boolean waitingList) {
        return fixtures.meetup(Leaks.marker(), PLACES, waitingList, "Test street 1, ring twice");
    }

    private static Client client() {
        return Client.of("meetup-concurrency-it-" + UUID.randomUUID());
    }

    private static Meetups.Request request(long meetupId) {
        return new Meetups.Request(meetupId, "", "", "", UUID.randomUUID().toString(), "en");
    }

    private static void assertComingWithinCapacity(List<Row> rows) {
        List<Integer> places = rows.stream().filter(row -> row.status() == RsvpStatus.COMING).map(Row::place)
                .toList();
        assertTrue(places.size() <= PLACES, "expected never more coming than places: " + rows);
        assertEquals(places.size(), new HashSet<>(places).size(), "expected every place held once: " + rows);
        assertTrue(places.stream().allMatch(place -> place != null && place >= 1 && place <= PLACES),
                "expected every place within 1 … " + PLACES + ": " + rows);
    }

    private static long promotedCount(List<Row> rows) {
        return rows.stream().filter(Row::promoted).count();
    }

    private List<Row> rows(long meetupId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id, status, place, promoted_at,"
                        + " held_mail_id FROM meetup_rsvp WHERE meetup_id = ? ORDER BY id")) {
            query.setLong(1, meetupId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), RsvpStatus.valueOf(result.getString(2)),
                            (Integer) result.getObject(3), result.getObject(4) != null,
                            result.getObject(5) == null ? null : result.getLong(5)));
                }
            }
        }
        return rows;
    }

    /** The mail held for each one waiting, by RSVP id (remembered for removal). */
    private Map<Long, Long> heldMail(long meetupId) throws SQLException {
        Map<Long, Long> held = new TreeMap<>();
        for (Row row : rows(meetupId)) {
            if (row.heldMail() != null) {
                held.put(row.id(), row.heldMail());
                mailIds.add(String.valueOf(row.heldMail()));
            }
        }
        return held;
    }

    /** Whether a mail in the outbox is due within the hour (held mail waits until the year 9999). */
    private boolean released(long mailId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT next_attempt_at FROM mail_outbox WHERE id = ?")) {
            query.setLong(1, mailId);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "expected the mail " + mailId + " in the outbox");
                return result.getObject(1, java.time.OffsetDateTime.class).toInstant()
                        .isBefore(java.time.Instant.now().plusSeconds(3600));
            }
        }
    }

    /** An RSVP row written straight to the database, past the facade and its lock (autocommit). */
    private void insertComing(long meetupId, int place) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO meetup_rsvp (id, meetup_id,"
                        + " status, place, waited, code_hash, form_token_hash, page_language, person_text,"
                        + " person_sealed, person_for_code, created_at, changed_at) VALUES (nextval('meetup_rsvp_seq'),"
                        + " ?, 'COMING', ?, FALSE, ?, ?, 'en', ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, meetupId);
            insert.setInt(2, place);
            insert.setString(3, "direct-" + UUID.randomUUID().toString().substring(0, 20));
            insert.setString(4, "direct-" + UUID.randomUUID().toString().substring(0, 20));
            insert.setBytes(5, new byte[]{1});
            insert.setBytes(6, new byte[]{1});
            insert.setBytes(7, new byte[]{1});
            insert.executeUpdate();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement run = connection.prepareStatement(statement)) {
            run.executeUpdate();
        }
    }
}
