package nl.xenia.portal.appointments.boundary;

import static nl.xenia.portal.testing.FigureDeltas.changed;
import static nl.xenia.portal.testing.FigureDeltas.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.entity.AppointmentCount.Outcome;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AppointmentFixtures;
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
 * The appointments' figures ({@link AppointmentMonitoring}) as a year's journey makes them: two services (one named in
 * Dutch, one only in English), at an office, by phone and at an outreach place, booked through the facade in last year
 * with the movable clock, marked, cancelled and declined through the desk; the real retention then removes the first
 * quarter's, so that the figures come from both the counts of removed appointments and the ones still held. Each cell
 * the journey changed is checked (after minus before: the running portal holds other data), and every other cell is
 * checked unchanged; an appointment removed is counted once (not also as held), one in the next year not in this one.
 * Everything happens in a transaction that is rolled back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentMonitoringIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("appointment-monitoring-it");
    }

    @Inject
    AppointmentMonitoring monitoring;

    @Inject
    Appointments appointments;

    @Inject
    AppointmentDesk desk;

    @Inject
    AppointmentPlanning planning;

    @Inject
    AppointmentRetention retention;

    @Inject
    AppointmentFixtures fixtures;

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
    void eachAppointmentCountsOnceInTheCellsOfItsQuarterServicePlaceLanguageInterpreterAndOutcome() throws Exception {
        int year = MovableClock.INSTANCE.instant().atZone(Period.ZONE).getYear() - 1;
        Period period = Period.year(year);
        Duration moved = Duration.ZERO;
        transaction.begin();
        try {
            FigureSection before = monitoring.figures(period);
            FigureSection thirdBefore = monitoring.figures(Period.quarter(year, 3));
            FigureSection nextBefore = monitoring.figures(Period.year(year + 1));
            SignedIn admin = admin();
            String label = Leaks.marker();
            String talkName = "Spreekuur " + label;
            String testName = "Test hour " + label;
            Map<String, ServiceText> talkTexts = new LinkedHashMap<>();
            talkTexts.put("en", new ServiceText("Consultation " + label, "A talk.", "Nothing."));
            talkTexts.put("nl", new ServiceText(talkName, "Een gesprek.", "Niets."));
            AppointmentFixtures.Offered talk = fixtures.offer(settings(false), talkTexts, LocalTime.MIDNIGHT,
                    LocalTime.of(23, 30),
                    new AppointmentFixtures.PlaceSpec(PlaceKind.OFFICE, "Kantoor " + label, "Leeuwarden", "Voordeur"),
                    new AppointmentFixtures.PlaceSpec(PlaceKind.PHONE, "Telefoon " + label, null, "We bellen"));
            AppointmentFixtures.Offered test = fixtures.offer(settings(true),
                    Map.of("en", new ServiceText(testName, "A test.", "Nothing.")), LocalTime.MIDNIGHT,
                    LocalTime.of(23, 30),
                    new AppointmentFixtures.PlaceSpec(PlaceKind.OUTREACH, "Plek " + label, "Drachten", "Achterdeur"));
            Iterator<Long> talkPlaces = talk.placeIds().iterator();
            long office = talkPlaces.next();
            long phone = talkPlaces.next();
            long outreach = test.placeId();
            long reason = planning.createReason(admin, "nl", "Ziek " + label);

            moved = moved.plus(to(local(year, 2, 2, 12, 0)));
            long attended = book(talk.serviceId(), office, local(year, 2, 10, 10, 0), "ro", "uk").appointment().id();
            long missed = book(talk.serviceId(), phone, local(year, 2, 11, 10, 0), "nl", "").appointment().id();
            Appointments.Booked byPerson = book(test.serviceId(), outreach, local(year, 3, 3, 10, 0), "bg", "");
            // half past midnight on 1 July is still 30 June in UTC: counted in July, the third quarter
            book(test.serviceId(), outreach, local(year, 7, 1, 0, 30), "ro", "ro");
            long byXenia = book(talk.serviceId(), office, local(year, 8, 5, 10, 0), "ro", "").appointment().id();
            long declined = book(test.serviceId(), outreach, local(year, 9, 9, 10, 0), "es", "").appointment().id();
            book(talk.serviceId(), office, local(year + 1, 1, 20, 10, 0), "ro", "uk"); // next year
            appointments.cancel(client(), byPerson.code(), byPerson.appointment().id());
            desk.cancel(admin, byXenia, reason);
            desk.decline(admin, declined, null);
            moved = moved.plus(to(local(year, 2, 11, 11, 0)));
            desk.mark(admin, attended, true);
            desk.mark(admin, missed, false);
            MovableClock.INSTANCE.advance(moved.negated());
            moved = Duration.ZERO;

            // 30 days after mid-March: the first quarter's three are removed and counted, the rest stays held
            retention.deleteExpired(local(year, 4, 15, 0, 0));
            FigureSection after = monitoring.figures(period); // its queries flush retention's last count row too
            assertEquals(4, count("SELECT COUNT(*) FROM appointment WHERE service_id IN (?, ?)", talk, test),
                    "expected the first quarter's three appointments removed, four kept");
            assertEquals(3, count("SELECT COUNT(*) FROM appointment_count WHERE service_id IN (?, ?)", talk, test),
                    "expected one count row for each appointment removed");

            assertEquals(Map.of(talkName, row(2, 0, 1, 0), testName, row(1, 0, 2, 0)),
                    changed(before, after, "appointments-service"), "expected the appointments by service, named "
                            + "in Dutch (else English), by quarter: removed ones in Q1, held ones in Q3");
            assertEquals(Map.of(place(PlaceKind.OFFICE), row(1, 0, 1, 0), place(PlaceKind.PHONE), row(1, 0, 0, 0),
                    place(PlaceKind.OUTREACH), row(1, 0, 2, 0)), changed(before, after, "appointments-place"),
                    "expected the appointments by kind of place");
            assertEquals(Map.of("ro", row(1, 0, 2, 0), "nl", row(1, 0, 0, 0),
                    "bg", row(1, 0, 0, 0), "es", row(0, 0, 1, 0)),
                    changed(before, after, "appointments-language"), "expected the appointments by language");
            assertEquals(Map.of("office.monitoring.appointments.interpreter.yes", row(1, 0, 1, 0),
                    "office.monitoring.appointments.interpreter.no", row(2, 0, 2, 0)),
                    changed(before, after, "appointments-interpreter"),
                    "expected the appointments with and without an interpreter");
            assertEquals(Map.of(outcome(Outcome.ATTENDED), row(1, 0, 0, 0), outcome(Outcome.NO_SHOW),
                    row(1, 0, 0, 0), outcome(Outcome.CANCELLED_BY_PERSON), row(1, 0, 0, 0),
                    outcome(Outcome.NOT_MARKED), row(0, 0, 1, 0), outcome(Outcome.CANCELLED_BY_XENIA),
                    row(0, 0, 1, 0), outcome(Outcome.DECLINED), row(0, 0, 1, 0)),
                    changed(before, after, "appointments-outcome"), "expected the appointments by outcome");
            assertEquals(row(0, 2, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0), FigureDeltas.channel(before, after),
                    "expected the appointments booked per month of their time");

            FigureSection third = monitoring.figures(Period.quarter(year, 3));
            assertEquals(Map.of("ro", row(1, 1, 0), "es", row(0, 0, 1)),
                    changed(thirdBefore, third, "appointments-language"),
                    "expected the third quarter by month: July (half past midnight, local time), August, September");
            FigureSection next = monitoring.figures(Period.year(year + 1));
            assertEquals(Map.of(talkName, row(1, 0, 0, 0)),
                    changed(nextBefore, next, "appointments-service"),
                    "expected next year's appointment counted in next year only");
            assertEquals(List.of(talkName, testName), after.tables().get(0).rows().stream()
                    .map(Label::value).filter(row -> row.endsWith(label)).toList(),
                    "expected one row per service, in order");
            assertTrue(FigureDeltas.table(after, "appointments-service").columnTotals(),
                    "expected the services' rows to add up (each appointment has one service)");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            transaction.rollback();
        }
    }

    // ---- helpers ----

    /** 30 minutes, no pause, no notice, a year ahead, one person per time, an interpreter possible. */
    private static Service.Settings settings(boolean confirmFirst) {
        return new Service.Settings(30, 0, 0, 366, 1, true, confirmFirst, true);
    }

    private Appointments.Booked book(long service, long place, Instant start, String language,
            String interpreterLanguage) {
        return appointments.book(client(), new Appointments.Request(service, place, start, "", language,
                interpreterLanguage, "", "", "", UUID.randomUUID().toString(), "en"));
    }

    private static Client client() {
        return Client.of("appointment-monitoring-it-" + UUID.randomUUID());
    }

    private SignedIn admin() throws SQLException {
        long adminId = count("SELECT id FROM staff_account WHERE username = '" + Office.ADMIN + "'");
        return new SignedIn(adminId, Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
    }

    /** Moves the movable clock to a moment; returns by how much. */
    private static Duration to(Instant moment) {
        Duration by = Duration.between(MovableClock.INSTANCE.instant(), moment);
        MovableClock.INSTANCE.advance(by);
        return by;
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Period.ZONE).toInstant();
    }

    private static String place(PlaceKind kind) {
        return "PlaceKind." + kind.name();
    }

    private static String outcome(Outcome outcome) {
        return "AppointmentCount.Outcome." + outcome.name();
    }

    private long count(String sql, AppointmentFixtures.Offered... services) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < services.length; i++) {
                query.setLong(i + 1, services[i].serviceId());
            }
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "expected a row: " + sql);
                return result.getLong(1);
            }
        }
    }
}
