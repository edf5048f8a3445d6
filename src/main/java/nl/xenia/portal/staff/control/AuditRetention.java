package nl.xenia.portal.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.xenia.portal.privacy.boundary.Expiring;
import nl.xenia.portal.staff.boundary.AuditLog;

/** Deletes audit entries older than the audit log's retention period, when the retention job runs. */
@ApplicationScoped
public class AuditRetention implements Expiring {

    @Inject
    AuditLog auditLog;

    @Override
    public int deleteExpired(Instant now) {
        return auditLog.purgeExpired(now);
    }
}
