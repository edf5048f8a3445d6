package nl.xenia.portal.staff.boundary;

import static nl.xenia.portal.staff.boundary.StaffTesting.ADMIN_PASSWORD;
import static nl.xenia.portal.staff.boundary.StaffTesting.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.control.SecretCodes;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bootstrap token in the container, against the real database: redeemed once; it holds the
 * organisation's keyset until the first admin signs up, so a question asked before then is read by that
 * admin; and a copy of the database does not open what it holds. Each test runs in a transaction that
 * is rolled back, so the portal's own bootstrap state is untouched.
 */
@ExtendWith(ArquillianExtension.class)
class StaffBootstrapIT {

    /** A marker with 128 random bits, so that it turns up nowhere by chance. */
    private static final String QUESTION = "bootstrap-question-5d0c2f7e91a84b36a7e2c44d19b0f358: mag ik hier iets vragen?";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("staff-bootstrap-it");
    }

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    StaffOnboarding onboarding;

    @Inject
    SignIn login;

    @Inject
    Questions questions;

    @Inject
    QuestionInbox inbox;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    void aTokenIsRedeemedExactlyOnce() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String token = bootstrap.issueAtStart().orElseThrow();
            assertFalse(bootstrap.redeem("WRNG-WRNG-WRNG-WRNG"), "expected a wrong token to be refused");
            assertTrue(bootstrap.redeem(token.toLowerCase().replace("-", " ")),
                    "expected the token, typed in lower case with spaces, to be accepted");
            assertTrue(bootstrap.isCompleted(), "expected the bootstrap to be completed after redeeming");
            assertFalse(bootstrap.redeem(token), "expected the same token to be refused a second time");
            assertTrue(bootstrap.issueAtStart().isEmpty(), "expected no new token once the first admin exists");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void everyTokenIsVoidOnceOneIsRedeemed() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String first = bootstrap.issueAtStart().orElseThrow();
            String second = bootstrap.issueAtStart().orElseThrow();
            assertTrue(bootstrap.redeem(second), "expected the second token to be accepted");
            assertFalse(bootstrap.redeem(first), "expected the first token to be void after the second was used");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aQuestionAskedBeforeTheFirstAdminIsReadByTheAdminWhoSignsUpWithTheToken() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String token = bootstrap.issueAtStart().orElseThrow();
            assertTrue(questions.isOpen(), "expected questions open before anyone has signed up");
            String receipt = questions.ask(Client.of("192.0.2.77"), Topic.OTHER, "nl", null, QUESTION, "",
                    UUID.randomUUID().toString());
            assertFalse(receipt.isBlank(), "expected a receipt code for the question asked before the first admin");
            assertEquals(1, count("SELECT COUNT(*) FROM key_holder WHERE bootstrap = TRUE AND id = (SELECT MAX(id)"
                    + " FROM key_holder WHERE bootstrap = TRUE)"), "expected the token's own key holder");

            String recoveryKey = onboarding.createFirstAdmin(token, "first-reader", ADMIN_PASSWORD.toCharArray());
            assertFalse(recoveryKey.isBlank(), "expected a recovery key to show once");
            SignedIn admin = signIn(login, "first-reader", ADMIN_PASSWORD);
            long newest = inbox.threads(admin).stream().mapToLong(QuestionInbox.Row::id).max()
                    .orElseThrow(() -> new AssertionError("expected the question in the first admin's inbox"));
            List<String> texts = inbox.open(admin, newest).orElseThrow().messages().stream()
                    .map(QuestionInbox.StaffMessage::text).toList();
            assertEquals(List.of(QUESTION), texts,
                    "expected the first admin to read the question asked before the sign-up");
            assertEquals(0, count("SELECT COUNT(*) FROM key_holder WHERE bootstrap = TRUE"),
                    "expected every bootstrap holder deleted once the first admin holds the keyset");
            assertFalse(bootstrap.isUsable(token), "expected the token void after the sign-up");
        } finally {
            transaction.rollback();
        }
    }

    /**
     * The attack: someone with a copy of the whole database (and not the server's log) tries to open the
     * bootstrap holder's private key with every value stored anywhere in it, and with the ways a key
     * could be made from one (the value itself, its hex, its SHA-256, the token derivation). None opens
     * it; the token printed to the log does, so the test would see a key that opens with stored data.
     */
    @Test
    void aCopyOfTheDatabaseDoesNotOpenTheKeyTheTokenHolds() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String token = bootstrap.issueAtStart().orElseThrow();
            byte[] sealedPrivate = newestBootstrapPrivateKey();
            Sealing.unwrap(sealedPrivate, Sealing.keyFromToken(SecretCodes.normalize(token), "bootstrap"));

            Set<String> texts = new LinkedHashSet<>();
            List<byte[]> bytes = new ArrayList<>();
            everyStoredValue(texts, bytes);
            assertTrue(texts.contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(SecretCodes.grouped(SecretCodes.normalize(token)).getBytes(StandardCharsets.US_ASCII)))),
                    "expected the scan to see the token's stored hash");
            List<byte[]> candidates = new ArrayList<>();
            for (String text : texts) {
                bytes.add(text.getBytes(StandardCharsets.UTF_8));
                if (text.matches("([0-9a-fA-F]{2})+")) {
                    bytes.add(HexFormat.of().parseHex(text));
                }
                String canonical = SecretCodes.normalize(text);
                if (canonical != null && !canonical.isEmpty()) {
                    candidates.add(Sealing.keyFromToken(canonical, "bootstrap"));
                }
                candidates.add(Sealing.keyFromToken(text, "bootstrap"));
            }
            for (byte[] value : bytes) {
                if (value.length == 16 || value.length == 32) {
                    candidates.add(value);
                }
                candidates.add(MessageDigest.getInstance("SHA-256").digest(value));
            }
            assertTrue(candidates.size() > 100, "expected many candidates from the database, not " + candidates.size());
            for (byte[] candidate : candidates) {
                assertThrows(GeneralSecurityException.class, () -> Sealing.unwrap(sealedPrivate, candidate),
                        "expected nothing stored in the database to open the bootstrap holder's key");
            }
        } finally {
            transaction.rollback();
        }
    }

    private byte[] newestBootstrapPrivateKey() throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT private_wrapped FROM key_holder WHERE bootstrap = TRUE ORDER BY id DESC")) {
            assertTrue(result.next(), "expected a bootstrap holder for the token just issued");
            return result.getBytes(1);
        }
    }

    /** Every text and binary value in every table of the portal's schema. */
    private void everyStoredValue(Set<String> texts, List<byte[]> bytes) throws Exception {
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.stream().anyMatch(name -> name.equalsIgnoreCase("key_holder")),
                    "expected the scan to see the key holders' table, not only " + tables);
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            Object value = rows.getObject(column);
                            if (value instanceof byte[] binary) {
                                bytes.add(binary);
                            } else if (value != null) {
                                texts.add(String.valueOf(value));
                            }
                        }
                    }
                }
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
