package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.KeysetHandle;
import com.sun.management.HotSpotDiagnosticMXBean;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key custody attacked as someone who can read and write the database (but has no key kept outside
 * it): a public key swapped for one of the attacker's gets nothing sealed to it, a keyset kept by a
 * member who left opens nothing sealed after the renewal, a member who signed up holds nothing until
 * an admin gives it, and a keyset written in for the bootstrap token is not handed to the first admin. Also: the server makes no heap dump on out-of-memory. Every test's work is
 * rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class KeyCustodyIT {

    private static final long ADMIN_ID = 990_011L;
    private static final long MEMBER_ID = 990_012L;
    private static final String TEXT = "custody-7c2d: een vraag over mijn huis";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("key-custody-it");
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    UserTransaction transaction;

    @Inject
    PersistenceContext persistence;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    void aPublicKeyWrittenIntoTheDatabaseGetsNothingSealedToIt() throws Exception {
        transaction.begin();
        try {
            byte[] adminKey = setUp();
            insertStaff(MEMBER_ID, "custody-member");
            keys.enrol(MEMBER_ID, Sealing.newKey());
            assertTrue(keys.seal(TEXT, "custody:1", Optional.empty()).forOrganisation().length > 0,
                    "expected sealing to the pinned key to work");

            byte[] attackers = Sealing.publicPart(Sealing.newOrganisationKey());
            persistence.flush();
            update("UPDATE key_holder SET public_keyset = ? WHERE staff_id = " + MEMBER_ID, attackers);
            persistence.clear();
            UnlockedKey admin = keys.unlock(ADMIN_ID, adminKey).orElseThrow();
            assertThrows(IllegalStateException.class, () -> keys.give(admin, MEMBER_ID),
                    "expected the organisation's key not given to a holder's key swapped in the database");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aPublicOrganisationKeyWrittenIntoTheDatabaseGetsNothingSealedToIt() throws Exception {
        transaction.begin();
        try {
            setUp();
            byte[] attackers = Sealing.publicPart(Sealing.newOrganisationKey());
            persistence.flush();
            update("UPDATE organisation_key SET public_keyset = ?", attackers);
            persistence.clear();
            assertThrows(IllegalStateException.class, () -> keys.seal(TEXT, "custody:1", Optional.empty()),
                    "expected nothing sealed to a public key whose pin does not hold");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aMemberHoldsNothingUntilGivenAndAKeptKeysetOpensNothingAfterTheRenewal() throws Exception {
        transaction.begin();
        try {
            byte[] adminKey = setUp();
            UnlockedKey admin = keys.unlock(ADMIN_ID, adminKey).orElseThrow();
            insertStaff(MEMBER_ID, "custody-member");
            byte[] memberKey = Sealing.newKey();
            keys.enrol(MEMBER_ID, memberKey);
            UnlockedKey member = keys.unlock(MEMBER_ID, memberKey).orElseThrow();
            Sealed before = keys.seal(TEXT, "custody:2", Optional.empty());
            assertFalse(keys.hasAccess(member), "expected a member who only signed up to hold nothing");
            assertThrows(GeneralSecurityException.class, () -> keys.open(before, "custody:2", member, "member"),
                    "expected nothing opened before an admin gives the key");

            keys.give(admin, MEMBER_ID);
            assertEquals(TEXT, keys.open(before, "custody:2", member, "member"),
                    "expected the member to open sealed items once given the key");
            KeysetHandle kept = member.keyset;

            keys.forget(MEMBER_ID);
            keys.rotate(admin);
            Sealed after = keys.seal(TEXT, "custody:3", Optional.empty());
            assertThrows(GeneralSecurityException.class, () -> Sealing.openAsOrganisation(after, "custody:3", kept),
                    "expected the keyset a leaving member kept not to open what is sealed after the renewal");
            assertEquals(TEXT, keys.open(after, "custody:3", admin, "admin"), "expected the admin to open new items");
            assertEquals(TEXT, keys.open(before, "custody:2", admin, "admin"),
                    "expected earlier items still to open after the renewal");
            assertThrows(GeneralSecurityException.class, () -> keys.open(before, "custody:2", member, "member"),
                    "expected the forgotten member's session to open nothing any more");
            assertEquals(1L, count("SELECT COUNT(*) FROM key_wrapper w JOIN key_holder h ON h.id = w.holder_id"
                    + " WHERE h.staff_id IN (" + ADMIN_ID + ", " + MEMBER_ID + ")"),
                    "expected no wrapper left that nobody can use: only the admin's (and the recovery key's)");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aKeysetWrittenIntoTheDatabaseForTheBootstrapTokenIsNotTakenOver() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String token = nl.xenia.portal.privacy.control.SecretCodes.generate(160);
            keys.createForBootstrap(token);
            Sealed beforeSignUp = keys.seal(TEXT, "custody:5", Optional.empty());
            long holder = count("SELECT MAX(id) FROM key_holder WHERE bootstrap = TRUE");
            KeysetHandle attackers = Sealing.newOrganisationKey();
            byte[] holderPublic = bytes("SELECT public_keyset FROM key_holder WHERE id = " + holder);
            persistence.flush();
            update("UPDATE key_wrapper SET wrapped = ? WHERE holder_id = " + holder, Sealing.sealKeyset(attackers,
                    Sealing.readPublic(holderPublic), "xenia organisation keyset for holder " + holder));
            persistence.clear();

            insertStaff(ADMIN_ID, "custody-admin");
            byte[] adminKey = Sealing.newKey();
            keys.handOver(token, ADMIN_ID, adminKey);
            UnlockedKey admin = keys.unlock(ADMIN_ID, adminKey).orElseThrow();
            Sealed afterSignUp = keys.seal(TEXT, "custody:6", Optional.empty());
            assertThrows(GeneralSecurityException.class,
                    () -> Sealing.openAsOrganisation(afterSignUp, "custody:6", attackers),
                    "expected nothing sealed after the sign-up to open with a keyset written into the database");
            assertEquals(TEXT, keys.open(afterSignUp, "custody:6", admin, "admin"),
                    "expected the first admin to hold the keyset sealed to from now on");
            assertThrows(GeneralSecurityException.class, () -> keys.open(beforeSignUp, "custody:5", admin, "admin"),
                    "expected what was sealed to the swapped-out keyset lost rather than an attacker's keyset taken");
            assertEquals(0L, count("SELECT COUNT(*) FROM key_holder WHERE bootstrap = TRUE"),
                    "expected every bootstrap holder deleted at the sign-up");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void noSecondKeysetIsMadeOnceAMemberHoldsOne() throws Exception {
        transaction.begin();
        try {
            setUp();
            insertStaff(MEMBER_ID, "custody-member");
            assertThrows(IllegalStateException.class, () -> keys.create(MEMBER_ID, Sealing.newKey()),
                    "expected no new keyset for one member (what follows would be sealed to that member alone)");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theServerMakesNoHeapDumpOnOutOfMemory() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals("false", vm.getVMOption("HeapDumpOnOutOfMemoryError").getValue(),
                "expected no heap dump (memory holds questions being asked and unlocked keys) on out-of-memory");
    }

    /** A fresh installation inside the test's transaction (rolled back), with an admin holding a new key. */
    private byte[] setUp() throws Exception {
        Installation.freshInThisTransaction(database);
        assertFalse(keys.exists(), "expected no organisation key in the fresh installation");
        insertStaff(ADMIN_ID, "custody-admin");
        byte[] adminKey = Sealing.newKey();
        keys.create(ADMIN_ID, adminKey);
        return adminKey;
    }

    private void insertStaff(long id, String name) throws Exception {
        update("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + id + ", '" + name
                + "', 'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)");
    }

    private void update(String sql, byte[]... values) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setBytes(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long max(String table) throws Exception {
        return count("SELECT COALESCE(MAX(id), 0) FROM " + table);
    }

    private byte[] bytes(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), "expected a row for " + sql);
            return result.getBytes(1);
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
