package nl.xenia.portal.privacy.control;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Keys clients for in-memory counting: an HMAC of the client's address under a random key that
 * changes every day (UTC) and exists only in memory, so nothing kept links two days and the
 * address itself is never kept.
 */
public final class DailyKey {

    private final SecureRandom random = new SecureRandom();
    private volatile LocalDate keyDay;
    private volatile byte[] dayKey;

    /**
     * The client's key for the day of {@code now}; {@code onNewDay} runs (once) when the day has
     * changed, to drop what was counted under the old key.
     */
    public String of(String address, Instant now, Runnable onNewDay) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(keyDay)) {
            synchronized (this) {
                if (!today.equals(keyDay)) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    dayKey = key;
                    keyDay = today;
                    onNewDay.run();
                }
            }
        }
        return Base64.getEncoder().encodeToString(KeyedHash.of(dayKey, address == null ? "" : address));
    }
}
