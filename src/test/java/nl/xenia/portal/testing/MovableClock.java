package nl.xenia.portal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * For in-container tests: a clock the test moves forward, produced in place of the portal's system
 * clock (an enabled alternative, so it wins over {@code Clocks} in every test archive).
 */
public class MovableClock extends Clock {

    public static final MovableClock INSTANCE = new MovableClock();

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    /** Produces the one movable clock wherever a Clock is injected. */
    @Dependent
    @Alternative
    @Priority(1000)
    public static class Producer {

        @Produces
        Clock clock() {
            return INSTANCE;
        }
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
        if (frozen != null) {
            frozen = frozen.plus(by);
        }
    }

    /** Stops the clock where it is (until {@link #unfreeze}), for a test whose steps take real time. */
    public void freeze() {
        frozen = instant();
    }

    public void unfreeze() {
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        if (stopped != null) {
            return stopped;
        }
        return Instant.now().plus(offset);
    }
}
