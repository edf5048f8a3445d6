package nl.xenia.portal.questions.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
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
 * A failure while a question is asked and while a thread is read (the messages' table taken away
 * under the running portal) answers with the error page, and leaves neither the question's text nor
 * the receipt code in any file under the server's logs (messages, trace, FFDC). Cleans up after itself.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailuresLeaveNoTraceIT {

    /** Random for the run (only the test's JVM types and looks for it). */
    private static final String MARKER = "trace-" + Leaks.marker();
    private static final String ASKED = MARKER + ": întrebare despre contract";
    private static final String FAILED = MARKER + ": a doua întrebare care nu ajunge";
    /** The receipt code of the first question (client side only). */
    private static String code;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("failures-leave-no-trace-it");
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(1)
    @RunAsClient
    void theOfficeIsSetUpSoQuestionsCanBeAsked() {
        Office.admin();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aQuestionIsAsked() {
        code = Portal.html(ask(ASKED)).getElementById("receipt-code").text();
        assertTrue(code.length() == 19, "expected a receipt code");
    }

    @Test
    @Order(3)
    void theMessagesTableGoesAway() throws Exception {
        sql("ALTER TABLE question_message RENAME TO question_message_away");
    }

    @Test
    @Order(4)
    @RunAsClient
    void askingAndReadingFailWithTheErrorPageAndLeaveNoTrace() throws Exception {
        HttpResponse<String> asked = ask(FAILED);
        assertEquals(500, asked.statusCode(), "expected the failure answered as such");
        assertFalse(asked.body().contains("Exception") || asked.body().contains(FAILED),
                "expected the error page, neither a stack trace nor the text sent back");
        HttpResponse<String> read = Portal.postForm("/ro/inbox", Map.of("code", code));
        assertEquals(500, read.statusCode(), "expected the failed reading answered as such");
        assertFalse(read.body().contains("Exception") || read.body().contains(code),
                "expected the error page, neither a stack trace nor the code sent back");
        java.nio.file.Path logs = Portal.serverDir().resolve("logs");
        assertTrue(java.nio.file.Files.isDirectory(logs), "expected the server's logs folder");
        for (String secret : new String[]{ASKED, FAILED, code, code.replace("-", ""), MARKER}) {
            assertEquals(java.util.List.of(), Leaks.filesContaining(logs, secret),
                    "expected no file under logs/ (FFDC included) to hold what was typed or the code");
        }
    }

    @Test
    @Order(5)
    void cleanUp() throws Exception {
        sql("ALTER TABLE question_message_away RENAME TO question_message");
        sql("DELETE FROM question_message");
        sql("DELETE FROM question_thread");
        sql("DELETE FROM question_count");
        sql("DELETE FROM mail_outbox");
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    private static HttpResponse<String> ask(String question) {
        String token = Portal.html(Portal.get("/ro/ask")).selectFirst("input[name=token]").attr("value");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token);
        fields.put("topic", "HEALTH");
        fields.put("question", question);
        fields.put("municipality", "");
        fields.put("mail", "");
        return Portal.postForm("/ro/ask", fields);
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
