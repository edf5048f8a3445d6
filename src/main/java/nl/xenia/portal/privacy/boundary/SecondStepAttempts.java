package nl.xenia.portal.privacy.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong second steps (TOTP, recovery or enrolment codes) per pending sign-in, in memory only: the
 * {@value #ALLOWED}th wrong one ends that sign-in for good; the person starts again with the password
 * (which is itself throttled). Sign-ins are named by a random id, never by the account.
 */
public final class SecondStepAttempts {

    public static final int ALLOWED = 5;

    private final Map<String, Integer> wrong = new ConcurrentHashMap<>();

    public boolean isEnded(String attempt) {
        return wrong.getOrDefault(attempt, 0) >= ALLOWED;
    }

    /** Counts a wrong code; true when it ends the sign-in. */
    public boolean failed(String attempt) {
        if (wrong.size() > 100_000) {
            // only pending sign-ins with a right password are here; an ended one's key is dropped anyway
            wrong.values().removeIf(count -> count < ALLOWED);
        }
        return wrong.merge(attempt, 1, Integer::sum) >= ALLOWED;
    }

    public void forget(String attempt) {
        wrong.remove(attempt);
    }
}
