package nl.xenia.portal.info.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reads of information pages counted on this server since the last flush, in memory: per day, page and language
 * a {@link LongAdder}, so counting a read never waits and never touches the database. {@link #take} hands the counts
 * over for the database without losing a read counted at the same moment: it subtracts exactly what it read, so a read
 * counted meanwhile stays for the next time. Also remembers when each page was last shown in a language, to recognise
 * the public page cache's kept copies of it. Nothing about the reader is kept.
 */
@ApplicationScoped
public class PageReads {

    /** What one count is of: a day (local time), a page and the language asked for. */
    public record Key(LocalDate day, long pageId, String language) {
    }

    private record Shown(long pageId, String language) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Shown, Instant> shown = new ConcurrentHashMap<>();

    /** Counts {@code reads} reads (one for a view; more when counts taken earlier are given back). */
    public void count(Key key, long reads) {
        counts.computeIfAbsent(key, k -> new LongAdder()).add(reads);
    }

    /** Remembers that the page was shown in the language at this time. */
    public void shown(long pageId, String language, Instant now) {
        shown.put(new Shown(pageId, language), now);
    }

    /** Whether the page was shown in the language at or after this time. */
    public boolean shownSince(long pageId, String language, Instant since) {
        Instant last = shown.get(new Shown(pageId, language));
        return last != null && !last.isBefore(since);
    }

    /**
     * Takes every count made so far: what it returns is no longer counted here. A day two or more days before
     * {@code today} leaves the map altogether (nobody counts under it any more: a read is counted under the day it is
     * counted on).
     */
    public Map<Key, Long> take(LocalDate today) {
        Map<Key, Long> taken = new HashMap<>();
        LocalDate gone = today.minusDays(1);
        for (Map.Entry<Key, LongAdder> entry : counts.entrySet()) {
            LongAdder adder = entry.getValue();
            if (entry.getKey().day().isBefore(gone)) {
                counts.remove(entry.getKey(), adder);
            }
            long reads = adder.sum();
            if (reads != 0) {
                adder.add(-reads);
                taken.merge(entry.getKey(), reads, Long::sum);
            }
        }
        return taken;
    }
}
