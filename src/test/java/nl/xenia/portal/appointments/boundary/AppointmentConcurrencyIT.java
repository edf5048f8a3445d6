package nl.xenia.portal.appointments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.control.Seats;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
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
 * No time is given twice: 20 bookings sent at once for one single-place time give exactly one appointment, 20 moves
 * at once into one free time move exactly one (and into a taken time none), 20 bookings for a time of three places
 * give exactly three. Every other caller is told TAKEN (or BUSY when the database gave up waiting for the lock). The
 * two guards are shown apart: {@link Seats} holds the service's row locked until the transaction ends, and the
 * database's unique seat refuses a second row on a seat even without the lock. The data is committed (transactions
 * that race must see each other) and removed again by each test; the organisation's key is the office fixture's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentConcurrencyIT {

    private static final Logger LOG = Logger.getLogger(AppointmentConcurrencyIT.class.getName());
    private static final int RACERS = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("appointment-concurrency-it");
    }

    @Inject
    Appointments appointments;

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    Seats seats;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key, which sealing needs
    }

    @Test
    @Order(1)
    void twentyBookingsAtOnceForOneSinglePlaceTimeGiveExactlyOne() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            Instant start = fixtures.firstFree(offered).start();
            Map<String, Integer> outcomes = race(racer -> () -> appointments.book(client(), request(offered, start)));
            LOG.info(() -> "20 bookings for one time: " + outcomes);
            assertEquals(1, outcomes.getOrDefault("GIVEN", 0), "expected exactly one booking given: " + outcomes);
            assertEquals(RACERS - 1, outcomes.getOrDefault("TAKEN", 0) + outcomes.getOrDefault("BUSY", 0),
                    "expected every other booking refused as TAKEN or BUSY: " + outcomes);
            assertEquals(1, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected exactly one appointment in the database");
            assertFalse(fixtures.freeTimes(offered, day(start)).stream().anyMatch(time -> time.start().equals(start)),
                    "expected the time no longer free");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(2)
    void twentyMovesAtOnceIntoOneTimeMoveExactlyOneAndIntoATakenTimeNone() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            List<Appointments.FreeTime> free = new ArrayList<>();
            java.time.LocalDate day = day(fixtures.firstFree(offered).start());
            while (free.size() < RACERS + 1) {
                free.addAll(fixtures.freeTimes(offered, day));
                day = day.plusDays(8);
            }
            Instant target = free.get(0).start();
            List<String> codes = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= RACERS; i++) {
                Appointments.Booked booked = appointments.book(client(), request(offered, free.get(i).start()));
                codes.add(booked.code());
                ids.add(booked.appointment().id());
            }

            Map<String, Integer> intoFree = race(
                    racer -> () -> appointments.move(client(), codes.get(racer), ids.get(racer), target, "en"));
            LOG.info(() -> "20 moves into one free time: " + intoFree);
            assertEquals(1, intoFree.getOrDefault("GIVEN", 0), "expected exactly one move given: " + intoFree);
            assertEquals(RACERS - 1, intoFree.getOrDefault("TAKEN", 0) + intoFree.getOrDefault("BUSY", 0),
                    "expected every other move refused as TAKEN or BUSY: " + intoFree);
            assertEquals(1, countAt(offered, target), "expected exactly one appointment at the time moved into");
            assertEquals(RACERS, count("SELECT COUNT(*) FROM appointment WHERE service_id = ? AND seat IS NOT NULL",
                    offered.serviceId()), "expected every appointment still holding one seat");

            Map<String, Integer> intoTaken = race(
                    racer -> () -> appointments.move(client(), codes.get(racer), ids.get(racer), target, "en"));
            LOG.info(() -> "20 moves into a taken time: " + intoTaken);
            // the one already there "moves" onto its own seat: its own seat does not count against it
            assertEquals(1, intoTaken.getOrDefault("GIVEN", 0),
                    "expected only the appointment already at the time to stay there: " + intoTaken);
            assertEquals(RACERS - 1, intoTaken.getOrDefault("TAKEN", 0) + intoTaken.getOrDefault("BUSY", 0),
                    "expected every move into the taken time refused: " + intoTaken);
            assertEquals(1, countAt(offered, target), "expected still exactly one appointment at the taken time");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(3)
    void twentyBookingsAtOnceForATimeOfThreePlacesGiveExactlyThree() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(3, false, false);
        try {
            Instant start = fixtures.firstFree(offered).start();
            Map<String, Integer> outcomes = race(racer -> () -> appointments.book(client(), request(offered, start)));
            LOG.info(() -> "20 bookings for a time of three: " + outcomes);
            assertEquals(3, outcomes.getOrDefault("GIVEN", 0), "expected exactly three bookings given: " + outcomes);
            assertEquals(RACERS - 3, outcomes.getOrDefault("TAKEN", 0) + outcomes.getOrDefault("BUSY", 0),
                    "expected every other booking refused as TAKEN or BUSY: " + outcomes);
            assertEquals(3, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected exactly three appointments in the database");
            assertEquals(6, count("SELECT SUM(seat) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected the seats 1, 2 and 3");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(4)
    void aSeatClaimHoldsTheServiceRowLockedUntilTheTransactionEnds() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            Instant start = fixtures.firstFree(offered).start();
            transaction.begin();
            CompletableFuture<Long> writer;
            try {
                Seats.Claim claim = seats.claim(offered.serviceId(), offered.placeId(), start, Instant.now(), null,
                        false);
                assertEquals(Seats.Outcome.GIVEN, claim.outcome(), "expected the seat given");
                CountDownLatch started = new CountDownLatch(1);
                writer = new CompletableFuture<>();
                threads.newThread(() -> {
                    started.countDown();
                    long began = System.nanoTime();
                    try (Connection connection = database.getConnection();
                            PreparedStatement update = connection
                                    .prepareStatement("UPDATE appointment_service SET active = active WHERE id = ?")) {
                        update.setLong(1, offered.serviceId());
                        update.executeUpdate();
                        writer.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                    } catch (Throwable failure) {
                        writer.completeExceptionally(failure);
                    }
                }).start();
                assertTrue(started.await(10, TimeUnit.SECONDS), "expected the other transaction to start");
                Thread.sleep(1500); // the other transaction must still be waiting after this: no state to wait on
                assertFalse(writer.isDone(), "expected a write to the service's row to wait for the claim's lock: "
                        + (writer.isDone()
                                ? writer.handle((millis, failure) -> millis + " ms, " + failure).join()
                                : ""));
            } finally {
                transaction.rollback();
            }
            long waited = writer.get(15, TimeUnit.SECONDS);
            assertTrue(waited >= 1000, "expected the write to have waited for the lock, waited " + waited + " ms");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(5)
    void theUniqueSeatAloneRefusesASecondRowOnTheSameSeat() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(2, false, false);
        try {
            Instant start = fixtures.firstFree(offered).start();
            insertAppointment(offered, start, 1);
            SQLException refused = null;
            try {
                insertAppointment(offered, start, 1);
            } catch (SQLException expected) {
                refused = expected;
            }
            assertNotNull(refused, "expected the database to refuse a second row on the same seat of a time");
            assertEquals("23505", refused.getSQLState(), "expected a unique violation: " + refused.getMessage());
            assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("appointment_seat_taken"),
                    "expected the seat's constraint named: " + refused.getMessage());
            insertAppointment(offered, start, 2);
            assertEquals(2, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected another seat of the same time accepted, and the refused row not stored");
        } finally {
            fixtures.remove(offered);
        }
    }

    // ---- helpers ----

    /** A task of one racer: returns normally when given, throws AppointmentException when refused. */
    private interface Attempt {

        Object run();
    }

    /** Starts {@link #RACERS} threads, lets them go at once, and counts outcomes (GIVEN, a Problem, or an error). */
    private Map<String, Integer> race(IntFunction<Attempt> attempts) throws Exception {
        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Thread> racers = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < RACERS; i++) {
            Attempt attempt = attempts.apply(i);
            Thread racer = threads.newThread(() -> {
                String outcome;
                try {
                    ready.countDown();
                    go.await();
                    attempt.run();
                    outcome = "GIVEN";
                } catch (AppointmentException refused) {
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
        assertEquals(RACERS, finished.get(), "expected every racer finished: " + outcomes);
        return new TreeMap<>(outcomes);
    }

    private static Client client() {
        return Client.of("appointment-concurrency-it-" + UUID.randomUUID());
    }

    private static Appointments.Request request(AppointmentFixtures.Offered offered, Instant start) {
        return new Appointments.Request(offered.serviceId(), offered.placeId(), start, "", "nl", "", "", "", "",
                UUID.randomUUID().toString(), "en");
    }

    private static java.time.LocalDate day(Instant instant) {
        return instant.atZone(nl.xenia.portal.appointments.control.Openings.ZONE).toLocalDate();
    }

    private long countAt(AppointmentFixtures.Offered offered, Instant start) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM appointment"
                        + " WHERE service_id = ? AND starts_at = ? AND seat IS NOT NULL")) {
            query.setLong(1, offered.serviceId());
            query.setObject(2, start.atOffset(ZoneOffset.UTC));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** An appointment row written straight to the database, past the facade and its lock (autocommit). */
    private void insertAppointment(AppointmentFixtures.Offered offered, Instant start, int seat) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO appointment (id, service_id,"
                        + " place_id, starts_at, ends_at, seat, status, code_hash, form_token_hash, page_language,"
                        + " language, interpreter_wanted, person_text, person_sealed, person_for_code,"
                        + " booked_by_staff, created_at, changed_at) VALUES (nextval('appointment_seq'), ?, ?, ?, ?,"
                        + " ?, 'REQUESTED', ?, ?, 'en', 'nl', FALSE, ?, ?, ?, FALSE, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)")) {
            insert.setLong(1, offered.serviceId());
            insert.setLong(2, offered.placeId());
            insert.setObject(3, start.atOffset(ZoneOffset.UTC));
            insert.setObject(4, start.plusSeconds(1800).atOffset(ZoneOffset.UTC));
            insert.setInt(5, seat);
            insert.setString(6, "direct-" + UUID.randomUUID().toString().substring(0, 20));
            insert.setString(7, "direct-" + UUID.randomUUID().toString().substring(0, 20));
            insert.setBytes(8, new byte[]{1});
            insert.setBytes(9, new byte[]{1});
            insert.setBytes(10, new byte[]{1});
            insert.executeUpdate();
        }
    }
}
