package nl.xenia.portal.monitoring.view.office;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
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
 * The monitoring page in real Chromium at a laptop's width, for a REPORTING member who never got the organisation's
 * key: with JavaScript each chart is drawn with the figures its table shows (read from Chart.js), "&lt; 5" and "×"
 * as gaps; without JavaScript the tables show the same figures and no empty chart box. So that the questions have
 * figures, {@link #QUESTIONS} questions on health in Romanian are asked here in the container through the
 * {@link Questions} facade (committed, from clients of their own) and deleted at the end, which leaves their count, as
 * monitoring keeps it ({@link MonitoringBrowser} drives the browsers: this class holds no browser type, as it is loaded
 * in the server too). Screenshots: target/screenshots/monitoring-page.png (with JavaScript) and
 * monitoring-page-nojs.png.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringBrowserIT {

    private static final String ARCHIVE = "monitoring-browser-it";
    /** Enough questions in one cell (health, Romanian, this month) that it is never "< 5": a number, or "×". */
    static final int QUESTIONS = 5;
    static final String REPORTING = "monitoring-browser-reporting";

    /** The questions' receipt codes, kept in the container for their removal there. */
    private static final List<String> CODES = new ArrayList<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    Questions questions;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.memberWithoutAccess(REPORTING, "REPORTING");
    }

    @Test
    @Order(1)
    void questionsAreAsked() {
        String marker = Leaks.marker(ARCHIVE).substring(0, 12);
        for (int i = 0; i < QUESTIONS; i++) {
            CODES.add(questions.ask(client(i), Topic.HEALTH, "ro", null,
                    "O întrebare pentru monitorizare, probă " + marker + " " + i + ".", "",
                    UUID.randomUUID().toString()));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void withJavaScriptEachChartDrawsWhatItsTableShows() {
        MonitoringBrowser.journey(true);
    }

    @Test
    @Order(3)
    @RunAsClient
    void withoutJavaScriptTheTablesShowTheFigures() {
        MonitoringBrowser.journey(false);
    }

    @Test
    @Order(4)
    void theQuestionsAreDeleted() {
        for (int i = 0; i < CODES.size(); i++) {
            questions.delete(client(i), CODES.get(i));
        }
        CODES.clear();
    }

    /** Each question from a client of its own (the per-client limit on asking is not what is tested here). */
    private static Client client(int i) {
        return Client.of("monitoring-browser-it-" + i);
    }
}
