package nl.xenia.portal.appointments.view;

import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Map;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
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
 * The two browser journeys of anonymous appointments, the person on a phone (390×844) in Bulgarian and staff in the
 * office on a laptop (signed in with both steps), each with JavaScript on and off, in real Chromium
 * ({@link AppointmentJourneys} drives the browsers):
 * <ol>
 * <li>the person books a confirm-first service with an interpreter wish and keeps the code; staff find the request in
 * the calendar and confirm it; the person sees it confirmed with the place's details, moves it; staff see the new time;
 * the person cancels, and both times are free again on the public week page;</li>
 * <li>staff book on behalf of someone at an outreach place, the code is shown once, and on a phone the code opens the
 * inbox with the appointment and its details.</li>
 * </ol>
 * Each journey (and each JavaScript setting) has a service and place of its own, made here in the container and named
 * with the archive's marker, so the pages show the test its own rows only. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentJourneysIT {

    private static final String ARCHIVE = "appointment-journeys-it";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    AppointmentFixtures fixtures;

    /** The test's label (both sides know it: from the archive's marker), in names of its own rows. */
    static String label(boolean javascript) {
        return Leaks.marker(ARCHIVE).substring(0, 8) + (javascript ? "js" : "nojs");
    }

    /** The first journey's service in Bulgarian (the person finds it by this name) and in Dutch (the office's). */
    static String nameBg(boolean javascript) {
        return "Разговор " + label(javascript);
    }

    static String nameNl(boolean javascript) {
        return "Gesprek " + label(javascript);
    }

    /** The first journey's place: its town and the details only a booked person reads. */
    static String town(boolean javascript) {
        return "Snits " + label(javascript);
    }

    static String details(boolean javascript) {
        return "Zijdeur, bel bij " + label(javascript);
    }

    /** The second journey's label (the fixture names service, place and town with it). */
    static String outreachLabel(boolean javascript) {
        return "out" + label(javascript);
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key: appointments can be booked
        Office.member(AppointmentJourneys.STAFF, "STAFF");
    }

    @Test
    @Order(1)
    void theServicesAreOffered() {
        for (boolean javascript : new boolean[]{true, false}) {
            // confirm-first, an interpreter possible, one person per time, an hour's notice, 8 weeks ahead
            fixtures.offer(new Service.Settings(30, 0, 60, 56, 1, true, true, true),
                    Map.of("bg", new ServiceText(nameBg(javascript), "Поверителен разговор.", "Нищо."), "nl",
                            new ServiceText(nameNl(javascript), "Een vertrouwelijk gesprek.", "Niets.")),
                    LocalTime.of(8, 0), LocalTime.of(20, 0), new AppointmentFixtures.PlaceSpec(PlaceKind.OFFICE,
                            "Kantoor " + label(javascript), town(javascript), details(javascript)));
            fixtures.offer(outreachLabel(javascript), false);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void thePersonBooksStaffConfirmThePersonMovesAndCancelsWithJavaScript() {
        AppointmentJourneys.bookConfirmMoveCancel(true);
    }

    @Test
    @Order(3)
    @RunAsClient
    void thePersonBooksStaffConfirmThePersonMovesAndCancelsWithoutJavaScript() {
        AppointmentJourneys.bookConfirmMoveCancel(false);
    }

    @Test
    @Order(4)
    @RunAsClient
    void staffBookOnBehalfAndTheCodeOpensTheInboxOnAPhoneWithJavaScript() {
        AppointmentJourneys.bookedOnBehalf(true);
    }

    @Test
    @Order(5)
    @RunAsClient
    void staffBookOnBehalfAndTheCodeOpensTheInboxOnAPhoneWithoutJavaScript() {
        AppointmentJourneys.bookedOnBehalf(false);
    }
}
