package nl.xenia.portal.privacy.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention job: every {@code xenia.retention.every} (default an hour) each server tries to
 * claim the job; the one that wins asks every {@link Expiring} bean to delete what is past its
 * time, so with several servers the job still runs once per period. Logs only counts.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final String JOB = "retention";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<Expiring> expiring;

    @Inject
    @ConfigProperty(name = "xenia.retention.every", defaultValue = "PT1H")
    Duration every;

    /** False only in in-container test archives: the portal's own app already does this work. */
    @Inject
    @ConfigProperty(name = "xenia.background.jobs", defaultValue = "true")
    boolean backgroundJobs;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        if (!backgroundJobs) {
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::runScheduled, Math.min(every.toMillis(), 60_000L),
                every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runScheduled() {
        try {
            runIfClaimed().ifPresent(deleted -> LOG.fine(() -> "Retention: items deleted: " + deleted));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Retention round failed: {0}", failure.getClass().getName());
        }
    }

    /**
     * One round, if this server wins the claim for the period now (by the injected clock): returns
     * how many items were deleted, or empty when another round holds the claim.
     */
    public OptionalInt runIfClaimed() {
        Instant now = clock.instant();
        // claimed until shortly before the next period, so the next round on any server may run
        if (!claims.claim(JOB, now, now.plus(every.minus(every.dividedBy(10))))) {
            return OptionalInt.empty();
        }
        int deleted = 0;
        for (Expiring rule : expiring) {
            deleted += rule.deleteExpired(now);
        }
        return OptionalInt.of(deleted);
    }

}
