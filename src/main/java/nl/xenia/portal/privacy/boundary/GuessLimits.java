package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.xenia.portal.privacy.control.GuessThrottle;

/**
 * Limits on guessing codes, per client and for everyone, kept in memory only (see
 * {@link GuessThrottle}): the client's address is used as given, never stored or logged.
 */
@ApplicationScoped
public class GuessLimits {

    @Inject
    Clock clock;

    private final GuessThrottle throttle = new GuessThrottle();

    /**
     * Whether this client may try a code now; waits the throttle's pause first when it has guessed
     * wrong a few times already.
     */
    public boolean mayTry(String address) {
        GuessThrottle.Verdict verdict = throttle.verdict(address, clock.instant());
        if (verdict == GuessThrottle.Verdict.SLOW) {
            try {
                Thread.sleep(GuessThrottle.PAUSE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return verdict != GuessThrottle.Verdict.REFUSE;
    }

    /** A wrong code from this client. */
    public void wrong(String address) {
        throttle.wrong(address, clock.instant());
    }
}
