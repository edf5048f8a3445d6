package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttles' one counting mechanism: sliding or quiet-forgetting windows, per key and for everyone, bounded. */
class RecentEventsTest {

    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void eachEventLeavesTheSlidingWindowOnItsOwn() {
        RecentEvents events = new RecentEvents(TEN_MINUTES, RecentEvents.Forgetting.EACH, 100, 100);
        events.add("a", NOON);
        events.add("a", NOON.plus(Duration.ofMinutes(5)));
        assertEquals(new RecentEvents.Recent(2, Optional.of(NOON.plus(Duration.ofMinutes(5)))),
                events.of("a", NOON.plus(Duration.ofMinutes(9))), "expected both events within the window");
        assertEquals(1, events.of("a", NOON.plus(TEN_MINUTES)).count(),
                "expected the first event gone exactly when it is a window old");
        assertEquals(0, events.of("b", NOON).count(), "expected another key to have nothing");
        assertEquals(1, events.everyone(NOON.plus(TEN_MINUTES)), "expected everyone's count to slide the same way");
    }

    @Test
    void quietForgettingKeepsCountingWhileTheKeyKeepsTrying() {
        RecentEvents events = new RecentEvents(TEN_MINUTES, RecentEvents.Forgetting.WHEN_QUIET, 100, 0);
        for (int minute = 0; minute <= 30; minute += 9) {
            events.add("a", NOON.plus(Duration.ofMinutes(minute)));
        }
        assertEquals(4, events.of("a", NOON.plus(Duration.ofMinutes(27))).count(),
                "expected events older than the window still counted while the gaps stay shorter than it");
        assertEquals(0, events.of("a", NOON.plus(Duration.ofMinutes(38))).count(),
                "expected everything forgotten once the key was quiet longer than the window");
        assertEquals(0, events.everyone(NOON), "expected nothing counted for everyone when none is kept");
    }

    @Test
    void addIfBelowCountsNothingWhenALimitIsReached() {
        RecentEvents events = new RecentEvents(TEN_MINUTES, RecentEvents.Forgetting.EACH, 100, 100);
        assertTrue(events.addIfBelow("a", 2, 3, NOON), "expected the first event allowed");
        assertTrue(events.addIfBelow("a", 2, 3, NOON), "expected the second event allowed");
        assertFalse(events.addIfBelow("a", 2, 3, NOON), "expected the key's third refused");
        assertEquals(2, events.of("a", NOON).count(), "expected a refused event not counted");
        assertTrue(events.addIfBelow("b", 2, 3, NOON), "expected another key allowed under everyone's limit");
        assertFalse(events.addIfBelow("c", 2, 3, NOON), "expected a new key refused at everyone's limit");
        assertEquals(3, events.everyone(NOON), "expected everyone's count to hold only the allowed events");
    }

    @Test
    void aKeyKeepsAtMostItsLatestEventsAndCanBeForgotten() {
        RecentEvents events = new RecentEvents(TEN_MINUTES, RecentEvents.Forgetting.EACH, 3, 2);
        for (int second = 0; second < 5; second++) {
            events.add("a", NOON.plusSeconds(second));
        }
        assertEquals(new RecentEvents.Recent(3, Optional.of(NOON.plusSeconds(4))), events.of("a", NOON.plusSeconds(5)),
                "expected only the latest three kept");
        assertEquals(2, events.everyone(NOON.plusSeconds(5)), "expected only the latest two kept for everyone");
        events.forget("a");
        assertEquals(0, events.of("a", NOON.plusSeconds(5)).count(), "expected a forgotten key to have nothing");
        assertEquals(0, events.keys(), "expected no key kept after forgetting it");
    }

    @Test
    void addressesAreKeyedDailyAndYesterdayIsDropped() {
        RecentEvents events = new RecentEvents(Duration.ofHours(12), RecentEvents.Forgetting.EACH, 10, 10);
        Instant lateEvening = Instant.parse("2026-11-27T23:59:00Z");
        String today = events.daily("198.51.100.9", lateEvening);
        assertFalse(today.contains("198.51.100.9"), "expected the address not in its key");
        assertEquals(today, events.daily("198.51.100.9", lateEvening.plusSeconds(30)),
                "expected the same key all day");
        events.add(today, lateEvening);
        String tomorrow = events.daily("198.51.100.9", lateEvening.plusSeconds(120));
        assertNotEquals(today, tomorrow, "expected another key the next day");
        assertEquals(0, events.keys(), "expected what was counted under yesterday's key dropped");
    }
}
