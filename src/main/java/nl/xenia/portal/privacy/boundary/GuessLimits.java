package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.xenia.portal.privacy.control.GuessThrottle;

/**
 * Limits on guessing codes, per client and for everyone, kept in memory only (see
 * {@link GuessThrottle}). A boundary that opens something by a code asks {@link #verdict} first and
 * reports {@link #wrong} codes; it answers a pause at once (no request thread ever sleeps).
 */
@ApplicationScoped
public class GuessLimits {

    @Inject
    Clock clock;

    private final GuessThrottle throttle = new GuessThrottle();

    /** Whether this client may try a code now, must wait a moment, or is refused for a while. */
    public GuessThrottle.Verdict verdict(Client client) {
        return throttle.verdict(client.key(), clock.instant());
    }

    /** A wrong code from this client. */
    public void wrong(Client client) {
        throttle.wrong(client.key(), clock.instant());
    }
}
