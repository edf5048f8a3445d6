package nl.xenia.portal.consultations.view;

import jakarta.inject.Inject;
import nl.xenia.portal.testing.ConsultationFixtures;
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
 * The sounding board's acceptance journey (issue 16), in real Chromium, once with JavaScript on and once with it off:
 * an admin on a laptop invites a person on the office's members page (the slip in Romanian) and reads the one-time
 * code; the person joins with it on a phone (390×844) in Romanian under a pseudonym of the test's own; answers an
 * anonymous consultation with all four kinds of question and signs up for its session; five others of the group answer
 * too (over plain HTTP), so that some counts are large enough to show; the admin closes the consultation (asked first),
 * sees its results (with JavaScript each chart drawing the bars its table shows, without it only the tables; "&lt; 5"
 * for every smaller group) and the open answers, marks the person as having come to the session and publishes the
 * outcome (also to the public with JavaScript, for members only without); the person reads it on the phone; the
 * participation record of this year shows the pseudonym with one consultation answered and one session attended; the
 * person and the others leave. Each JavaScript setting has its own anonymous consultation, made here in the container
 * by {@link ConsultationFixtures} with the archive's marker as its label and removed at the end
 * ({@link SoundingBoardJourneys} drives the browsers: this class holds no browser type, as it is loaded in the server
 * too).
 * Screenshots under target/screenshots/sounding-board-*.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SoundingBoardJourneysIT {

    private static final String ARCHIVE = "sounding-board-journeys-it";

    /** The consultations' ids, made in the container for the removal there (the journeys find them by title). */
    private static final long[] MADE = new long[2];

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    ConsultationFixtures fixtures;

    /** The label of a journey's consultation: the same in the container and on the client. */
    static String label(boolean javascript) {
        return Leaks.marker(ARCHIVE).substring(0, 8) + (javascript ? "js" : "nojs");
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key; the fixture writes as this admin, who also runs the journeys' office
    }

    @Test
    @Order(1)
    void theConsultationsAreOpen() throws Exception {
        for (boolean javascript : new boolean[]{true, false}) {
            MADE[javascript ? 0 : 1] = fixtures.consultation(label(javascript), true).id();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void inviteJoinAnswerComeCloseResultsAttendanceOutcomeAndParticipationWithJavaScript() {
        SoundingBoardJourneys.journey(true);
    }

    @Test
    @Order(3)
    @RunAsClient
    void inviteJoinAnswerComeCloseResultsAttendanceOutcomeAndParticipationWithoutJavaScript() {
        SoundingBoardJourneys.journey(false);
    }

    @Test
    @Order(4)
    void theConsultationsAreRemoved() {
        for (long id : MADE) {
            if (id != 0) {
                fixtures.remove(id);
            }
        }
    }
}
