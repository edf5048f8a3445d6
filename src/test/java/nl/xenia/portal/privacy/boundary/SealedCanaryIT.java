package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
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
 * The canary: a text sealed with the organisation's key (the office fixture's real one) and stored
 * (committed) in a table must appear nowhere in a full dump of the database (H2's SCRIPT, or pg_dump)
 * nor in any file the server has written (logs, FFDC, the H2 files, the transaction log), while a
 * plain control marker stored beside it is found, so the scan is known to see what is there. Only an
 * unlocked staff key, the recovery key or the item's extra key opens it (the staff and recovery keys
 * of an installation made fresh inside a rolled-back transaction). The markers are random for each
 * run. The files are read from the test's own process: inside the server, opening and closing a file
 * the server holds a lock on (its workarea, the H2 file) would release that lock.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SealedCanaryIT {

    private static final String ARCHIVE = "sealed-canary-it";
    /** Random for the run, the same in the test's JVM and in the server (carried in the archive). */
    private static final String CANARY = "canary-" + Leaks.marker(ARCHIVE) + ": waar kan ik anoniem testen?";
    private static final String CONTROL = "control-" + Leaks.marker(ARCHIVE);

    private static final long STAFF_ID = 990_001L;
    private static final String CONTEXT = "canary:1";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

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
    void aSealedCanaryIsInNoDumpAndOpensOnlyWithAKey() throws Exception {
        byte[] extraKey = Sealing.newKey();
        sql("CREATE TABLE canary_item (id BIGINT PRIMARY KEY, ciphertext BYTEA NOT NULL, for_organisation BYTEA "
                + "NOT NULL, for_extra BYTEA, control VARCHAR(100))");
        try {
            nl.xenia.portal.privacy.boundary.Sealed sealed = keys.seal(CANARY, CONTEXT, Optional.of(extraKey));
            try (Connection connection = database.getConnection();
                    PreparedStatement item = connection.prepareStatement("INSERT INTO canary_item (id, ciphertext, "
                            + "for_organisation, for_extra, control) VALUES (1, ?, ?, ?, ?)")) {
                item.setBytes(1, sealed.ciphertext());
                item.setBytes(2, sealed.forOrganisation());
                item.setBytes(3, sealed.forExtraKey());
                item.setString(4, CONTROL);
                item.executeUpdate();
            }

            byte[] dump = Leaks.fullDump(database);
            assertTrue(Leaks.contains(dump, CONTROL),
                    "expected the control marker in the dump (the dump sees the table)");
            assertFalse(Leaks.contains(dump, CANARY), "expected the sealed canary absent from the full database dump");
            assertFalse(Leaks.contains(dump, Leaks.marker(ARCHIVE).substring(0, 16) + ": waar"),
                    "expected not even the canary's start in the dump");

            nl.xenia.portal.privacy.boundary.Sealed stored = stored();
            UnlockedKey admin = Installation.firstAdminKey(keys, secrets, database);
            assertEquals(CANARY, keys.open(stored, CONTEXT, admin, "first-admin"),
                    "expected the first admin's session to open the canary");
            assertEquals(CANARY, keys.openWithKey(stored, CONTEXT, extraKey),
                    "expected the item's extra key to open it");
            assertThrows(GeneralSecurityException.class, () -> keys.openWithKey(stored, CONTEXT, Sealing.newKey()),
                    "expected another key refused");
            assertThrows(GeneralSecurityException.class, () -> keys.open(stored, "canary:2", admin, "first-admin"),
                    "expected the item bound to its own context");
        } finally {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                    statement.execute("CHECKPOINT SYNC");
                }
            }
        }
    }

    @Test
    @Order(2)
    void onlyTheStaffKeyAndTheRecoveryKeyUnlockTheOrganisationKey() throws Exception {
        byte[] staffKey = Sealing.newKey();
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            sql("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + STAFF_ID
                    + ", 'canary-staff', 'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)");
            byte[] recoveryKey = keys.create(STAFF_ID, staffKey);
            nl.xenia.portal.privacy.boundary.Sealed sealed = keys.seal(CANARY, CONTEXT, Optional.empty());
            UnlockedKey staffSession = keys.unlock(STAFF_ID, staffKey)
                    .orElseThrow(() -> new AssertionError("expected the staff key to unlock the organisation key"));
            assertEquals(CANARY, keys.open(sealed, CONTEXT, staffSession, "canary-staff"),
                    "expected a staff session to open the canary");
            UnlockedKey recovered = keys.recover(recoveryKey)
                    .orElseThrow(() -> new AssertionError("expected the recovery key to unlock the organisation key"));
            assertEquals(CANARY, keys.open(sealed, CONTEXT, recovered, "recovery"),
                    "expected the recovery key to open the canary");
            assertTrue(keys.unlock(STAFF_ID, Sealing.newKey()).isEmpty(),
                    "expected a wrong staff key to unlock nothing");
            assertTrue(keys.recover(Sealing.newKey()).isEmpty(), "expected a wrong recovery key to unlock nothing");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCanaryIsInNoFileTheServerWrote() throws IOException {
        Path serverDir = Portal.serverDir();
        assertTrue(Files.isDirectory(serverDir.resolve("logs")), "expected the test server's directory");
        List<Path> leaking = Leaks.filesContaining(serverDir, CANARY);
        assertEquals(List.of(), leaking, "expected the canary in no file the server wrote");
        Path h2 = serverDir.resolve("data/xenia.mv.db");
        if (Files.exists(h2)) { // the embedded database (on PostgreSQL the dump above is the database's bytes)
            assertTrue(!Leaks.filesContaining(h2, CONTROL).isEmpty(),
                    "expected the plain control marker in the H2 file (the scan sees the database's bytes)");
        }
    }

    @Test
    @Order(4)
    void theCanaryTableGoesAgain() throws Exception {
        sql("DROP TABLE IF EXISTS canary_item");
    }

    private Sealed stored() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                var row = statement.executeQuery("SELECT ciphertext, for_organisation, for_extra FROM canary_item")) {
            assertTrue(row.next(), "expected the canary stored");
            return new Sealed(row.getBytes(1), row.getBytes(2), row.getBytes(3));
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
