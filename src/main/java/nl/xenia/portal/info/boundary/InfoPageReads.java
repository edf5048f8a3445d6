package nl.xenia.portal.info.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.info.control.PageReads;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the information pages are read, for monitoring: a published page shown for a GET counts once, under the
 * day and the language asked for (the address's, also when the page is shown in a fallback language: what readers ask
 * for is what monitoring wants to know). Counted in memory ({@link PageReads}), never written on a view; every
 * {@code xenia.info.reads.flush} (default a minute) and when the application stops, each server adds its counts to the
 * database ({@link #flush}), so several servers add up. Nothing about the reader is counted or kept.
 */
@ApplicationScoped
public class InfoPageReads {

    private static final Logger LOG = Logger.getLogger(InfoPageReads.class.getName());
    /** How often adding one count is tried when it keeps losing the race for a new row. */
    private static final int TRIES = 5;
    /**
     * How long after a page was shown a request that did not render it is taken for a copy the public page cache kept
     * of it (the cache keeps a page for 30 seconds).
     */
    static final Duration KEPT = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PageReads reads;

    @Inject
    PageReadRows rows;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.info.reads.flush", defaultValue = "PT1M")
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
        task = scheduler.scheduleWithFixedDelay(this::flushScheduled, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The application stops: what was counted since the last flush is written (every bean still works here). */
    void stop(
            @Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
            flushScheduled();
        }
    }

    /** A published page was shown to a reader who asked for it in {@code language} (a GET, rendered now). */
    public void read(long pageId, String language) {
        Instant now = clock.instant();
        reads.shown(pageId, language, now);
        reads.count(new PageReads.Key(today(now), pageId, language), 1);
    }

    /**
     * A GET of the page's address that did not render it: counted only when the page was shown in that language on
     * this server within {@link #KEPT}, so the answer was the public page cache's kept copy of it.
     */
    public void readKept(long pageId, String language) {
        Instant now = clock.instant();
        if (reads.shownSince(pageId, language, now.minus(KEPT))) {
            reads.count(new PageReads.Key(today(now), pageId, language), 1);
        }
    }

    /**
     * Adds what this server counted since the last flush to the database, each day, page and language in a
     * transaction of its own; a count that cannot be written stays counted for the next flush. Returns how many reads
     * were written.
     */
    public long flush() {
        long written = 0;
        int failed = 0;
        for (Map.Entry<PageReads.Key, Long> count : reads.take(today(clock.instant())).entrySet()) {
            PageReads.Key key = count.getKey();
            try {
                add(key.day(), key.pageId(), key.language(), count.getValue());
                written += count.getValue();
            } catch (RuntimeException failure) {
                reads.count(key, count.getValue());
                failed++;
            }
        }
        if (failed > 0) {
            LOG.log(Level.WARNING, "Page reads: {0} counts not written, kept for the next flush", failed);
        }
        return written;
    }

    /**
     * Adds reads to the database's count of a day, page and language: the row's count grows, or the row is made;
     * when another server or thread made the row at the same moment, adds to that one. Throws only when it keeps
     * failing.
     */
    public void add(LocalDate day, long pageId, String language, long count) {
        RuntimeException last = null;
        for (int tried = 0; tried < TRIES; tried++) {
            try {
                rows.add(day, pageId, language, count);
                return;
            } catch (RuntimeException lostRace) {
                last = lostRace;
            }
        }
        throw last;
    }

    private void flushScheduled() {
        try {
            flush();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Page reads flush failed: {0}", failure.getClass().getName());
        }
    }

    private static LocalDate today(Instant now) {
        return now.atZone(Languages.LOCAL_TIME).toLocalDate();
    }
}
