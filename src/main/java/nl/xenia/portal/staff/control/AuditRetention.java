package nl.xenia.portal.staff.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.operations.control.SchemaMigrated;
import nl.xenia.portal.staff.boundary.AuditLog;

/** Deletes audit entries older than the retention period, every six hours (idempotent on every server). */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditLog auditLog;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        task = scheduler.scheduleWithFixedDelay(this::purge, 1, 6 * 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void purge() {
        try {
            int purged = auditLog.purgeExpired();
            LOG.fine(() -> "Audit entries past retention deleted: " + purged);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Audit retention failed: {0}", failure.getClass().getName());
        }
    }
}
