package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.KeysetHandle;
import com.sun.management.HotSpotDiagnosticMXBean;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.sql.DataSource;
import nl.xenia.portal.operations.entity.InstantConverter;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.entity.KeyWrapper;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key custody attacked as someone who can read and write the database (but has no key kept outside
 * it): a public key swapped for one of the attacker's gets nothing sealed to it, a keyset kept by a
 * member who left opens nothing sealed after the renewal, and a member who signed up holds nothing
 * until an admin gives it. Also: the server makes no heap dump on out-of-memory. Every test's work is
 * rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class KeyCustodyIT {

    private static final long ADMIN_ID = 990_011L;
    private static final long MEMBER_ID = 990_012L;
    private static final String TEXT = "custody-7c2d: een vraag over mijn huis";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("key-custody-it", "META-INF/persistence-privacy-it.xml")
                .addPackages(false, Sealing.class.getPackage(), KeyWrapper.class.getPackage())
                .addClasses(OrganisationKeys.class, InstallationKeys.class, UnlockedKey.class,
                        SealedItemOpened.class, MovableClock.class, MovableClock.Producer.class,
                        InstantConverter.class);
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    void aPublicKeyWrittenIntoTheDatabaseGetsNothingSealedToIt() throws Exception {
        transaction.begin();
        try {
            byte[] adminKey = setUp();
            assertTrue(keys.seal(TEXT, "custody:1", Optional.empty()).forOrganisation().length > 0,
                    "expected sealing to the pinned key to work");
            byte[] attackers = Sealing.publicPart(Sealing.newOrganisationKey());
            em.createNativeQuery("UPDATE organisation_key SET public_keyset = ?1").setParameter(1, attackers)
                    .executeUpdate();
            em.clear();
            assertThrows(IllegalStateException.class, () -> keys.seal(TEXT, "custody:1", Optional.empty()),
                    "expected nothing sealed to a public key whose pin does not hold");

            transaction.rollback();
            transaction.begin();
            adminKey = setUp();
            UnlockedKey admin = keys.unlock(ADMIN_ID, adminKey).orElseThrow();
            insertStaff(MEMBER_ID, "custody-member");
            keys.enrol(MEMBER_ID, Sealing.newKey());
            em.createNativeQuery("UPDATE key_holder SET public_keyset = ?1 WHERE staff_id = ?2")
                    .setParameter(1, attackers).setParameter(2, MEMBER_ID).executeUpdate();
            em.clear();
            assertThrows(IllegalStateException.class, () -> keys.give(admin, MEMBER_ID),
                    "expected the organisation's key not given to a holder's key swapped in the database");
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
            Sealing.Sealed before = keys.seal(TEXT, "custody:2", Optional.empty());
            assertFalse(keys.hasAccess(member), "expected a member who only signed up to hold nothing");
            assertThrows(GeneralSecurityException.class, () -> keys.open(before, "custody:2", member, "member"),
                    "expected nothing opened before an admin gives the key");

            keys.give(admin, MEMBER_ID);
            assertEquals(TEXT, keys.open(before, "custody:2", member, "member"),
                    "expected the member to open sealed items once given the key");
            KeysetHandle kept = member.keyset;

            keys.forget(MEMBER_ID);
            keys.rotate(admin);
            Sealing.Sealed after = keys.seal(TEXT, "custody:3", Optional.empty());
            assertThrows(GeneralSecurityException.class, () -> Sealing.openAsOrganisation(after, "custody:3", kept),
                    "expected the keyset a leaving member kept not to open what is sealed after the renewal");
            assertEquals(TEXT, keys.open(after, "custody:3", admin, "admin"), "expected the admin to open new items");
            assertEquals(TEXT, keys.open(before, "custody:2", admin, "admin"),
                    "expected earlier items still to open after the renewal");
            assertThrows(GeneralSecurityException.class, () -> keys.open(before, "custody:2", member, "member"),
                    "expected the forgotten member's session to open nothing any more");
            assertEquals(1L, em.createQuery("SELECT COUNT(w) FROM KeyWrapper w WHERE w.holderId IN "
                    + "(SELECT h.id FROM KeyHolder h WHERE h.staffId IS NOT NULL)", Long.class).getSingleResult(),
                    "expected no wrapper left that nobody can use: only the admin's (and the recovery key's)");
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

    private byte[] setUp() throws Exception {
        assertFalse(keys.exists(), "expected no organisation key yet (the journey makes the real one)");
        insertStaff(ADMIN_ID, "custody-admin");
        byte[] adminKey = Sealing.newKey();
        keys.create(ADMIN_ID, adminKey);
        return adminKey;
    }

    private void insertStaff(long id, String name) {
        em.createNativeQuery("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (?1, ?2, "
                + "'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)").setParameter(1, id).setParameter(2, name).executeUpdate();
    }
}
