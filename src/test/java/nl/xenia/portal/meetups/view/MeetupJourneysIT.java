package nl.xenia.portal.meetups.view;

import jakarta.inject.Inject;
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
 * The meetups' browser journey, in Spanish on phones (390×844) and staff on a laptop, with JavaScript on and off, in
 * real Chromium: a person sees a meetup of one place, says "I'll come", gets the code once and the address, downloads
 * the calendar file (parsed: a neutral title, only the public area); a second person finds it full and joins the
 * waiting list; staff move the meetup with a reason; the first person opens the inbox with the code and reads the
 * notice (the new time's reason in Spanish), then says "I can't come after all"; the second person opens the inbox
 * with their code and finds the place theirs, with the address. Each JavaScript setting has its own meetup, made here
 * in the container with the archive's marker ({@link MeetupJourneys} drives the browsers: this class holds no browser
 * type, as it is loaded in the server too). Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupJourneysIT {

    private static final String ARCHIVE = "meetup-journeys-it";

    /** Ids made in the container, for the removal there (the journeys find them by their labels). */
    private static final long[] MEETUP = new long[2];
    private static final long[] REASON = new long[2];

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    MeetupFixtures fixtures;

    static String label(boolean javascript) {
        return Leaks.marker(ARCHIVE).substring(0, 8) + (javascript ? "js" : "nojs");
    }

    /** The address only those who come may read: a marker of its own, so a leak would be found. */
    static String address(boolean javascript) {
        return "Calle " + label(javascript) + ", puerta verde";
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key: nicknames can be sealed
        Office.member(MeetupJourneys.STAFF, "STAFF");
    }

    @Test
    @Order(1)
    void theMeetupsArePlanned() {
        for (boolean javascript : new boolean[]{true, false}) {
            int index = javascript ? 0 : 1;
            MEETUP[index] = fixtures.meetup(label(javascript), 1, true, address(javascript)).id();
            REASON[index] = fixtures.reason(label(javascript));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void comeCalendarMovedLeaveAndTheNextIsPromotedWithJavaScript() {
        MeetupJourneys.comeMovedLeavePromoted(true);
    }

    @Test
    @Order(3)
    @RunAsClient
    void comeCalendarMovedLeaveAndTheNextIsPromotedWithoutJavaScript() {
        MeetupJourneys.comeMovedLeavePromoted(false);
    }

    @Test
    @Order(4)
    void theMeetupsAreRemoved() {
        for (int index = 0; index < 2; index++) {
            fixtures.remove(MEETUP[index]);
            fixtures.removeReason(REASON[index]);
        }
    }
}
