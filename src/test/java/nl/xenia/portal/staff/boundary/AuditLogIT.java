package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.xenia.portal.staff.entity.AuditEntry;
import nl.xenia.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log in the container, on the real database; every test's work is rolled back. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("audit-log-it");
    }

    @Inject
    AuditLog auditLog;

    @Inject
    UserTransaction transaction;

    @Inject
    nl.xenia.portal.testing.AuditTrail probe;

    @Test
    void entriesAreFoundByActorActionAndTimeNewestFirst() throws Exception {
        String actor = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        try {
            auditLog.record(actor, AuditAction.LOGIN, null, null);
            auditLog.record(actor, AuditAction.SEALED_ITEM_OPENED, "question", 42L);
            auditLog.record("someone-else", AuditAction.SEALED_ITEM_OPENED, "question", 43L);
            probe.flushAndClear();
            List<AuditEntry> mine = probe.of(actor, null, null);
            assertEquals(2, mine.size(), "expected both entries of the actor");
            assertEquals(AuditAction.SEALED_ITEM_OPENED.name(), mine.get(0).getAction(), "expected the newest first");
            assertEquals("42", mine.get(0).getSubjectId(), "expected which item was opened");
            assertEquals(1, probe.of(actor, AuditAction.SEALED_ITEM_OPENED, "question").size(),
                    "expected the filter on action and subject type");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void onlyEntriesPastTheRetentionPeriodArePurged() throws Exception {
        String actor = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        try {
            probe.write(
                    new AuditEntry(Instant.now().minus(Duration.ofDays(800)), actor, AuditAction.LOGIN.name(), null,
                            null));
            probe.write(
                    new AuditEntry(Instant.now().minus(Duration.ofDays(10)), actor, AuditAction.LOGOUT.name(), null,
                            null));
            assertTrue(auditLog.deleteExpired(java.time.Instant.now()) >= 1,
                    "expected the entry of 800 days ago purged (retention 730 days)");
            probe.flushAndClear();
            List<AuditEntry> left = probe.of(actor, null, null);
            assertEquals(1, left.size(), "expected only the recent entry left");
            assertEquals(AuditAction.LOGOUT.name(), left.get(0).getAction(), "expected the recent entry kept");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void onlyAnActiveAdminReadsTheLog() {
        SignedIn nobody = new SignedIn(-1, "not-a-member",
                java.util.Set.of(nl.xenia.portal.staff.entity.Role.ADMIN), null);
        AuditLog.Filter all = new AuditLog.Filter(null, null, null, null, null);
        assertThrows(StaffAccountException.class, () -> auditLog.search(nobody, all, 0, 10),
                "expected the log's entries refused to someone who is no active admin in the database");
        assertThrows(StaffAccountException.class, () -> auditLog.count(nobody, all),
                "expected the log's size refused to someone who is no active admin");
        assertThrows(StaffAccountException.class, () -> auditLog.recordedActions(nobody),
                "expected the log's actions refused to someone who is no active admin");
    }
}
