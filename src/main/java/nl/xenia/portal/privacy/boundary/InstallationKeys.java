package nl.xenia.portal.privacy.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.privacy.entity.InstallationKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's keys that must live outside the database, from configuration: the receipt
 * codes' lookup key ({@code xenia.receipt.key}: with it a copy of the database cannot even test
 * guesses of a code) and the key that pins public keys ({@code xenia.keys.pin}: without it a write to
 * the database cannot make the portal seal to another key). A production server (demo off) refuses to
 * start without both; a demo installation makes them once and keeps them in its own database.
 */
@ApplicationScoped
public class InstallationKeys {

    static final String RECEIPT = "receipt-lookup";
    static final String PIN = "key-pin";
    private static final int MINIMUM_BYTES = 32;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.receipt.key")
    Optional<String> receiptKey;

    @Inject
    @ConfigProperty(name = "xenia.keys.pin")
    Optional<String> pinKey;

    @Inject
    @ConfigProperty(name = "xenia.demo", defaultValue = "false")
    boolean demo;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** Before anything else starts: a production server without its outside keys does not start. */
    void onStart(@Observes @Priority(100) Startup startup) {
        List<String> problems = problems(demo, configured());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The portal does not start: " + String.join("; ", problems));
        }
    }

    /**
     * What is wrong with the configured keys (by environment name, never a value): missing ones when
     * the demo is off, and any that is not base64 of at least 32 bytes.
     */
    public static List<String> problems(boolean demo, Map<String, Optional<String>> configured) {
        List<String> problems = new ArrayList<>();
        configured.forEach((name, value) -> {
            Optional<String> set = value.filter(text -> !text.isBlank());
            if (set.isEmpty()) {
                if (!demo) {
                    problems.add(name + " is not set (base64 of 32 random bytes, e.g. openssl rand -base64 32)");
                }
            } else if (decode(set.get()).isEmpty()) {
                problems.add(name + " is not base64 of at least 32 bytes");
            }
        });
        return problems;
    }

    /** The receipt codes' lookup key. */
    @Transactional(TxType.REQUIRED)
    public byte[] receiptLookupKey() {
        return key(RECEIPT, receiptKey);
    }

    /** The key that pins public keys. */
    @Transactional(TxType.REQUIRED)
    public byte[] pinKey() {
        return key(PIN, pinKey);
    }

    /**
     * A key for one purpose, derived from the receipt key (so it too lives outside the database): for what staff write
     * that a copy of the database must not show, yet the portal shows to people without an account (a meetup's
     * address). Use it with {@link Secrets#protect} and a context naming the item.
     */
    @Transactional(TxType.REQUIRED)
    public byte[] derivedKey(String purpose) {
        return nl.xenia.portal.privacy.control.KeyedHash.of(receiptLookupKey(), "xenia derived key: " + purpose);
    }

    private Map<String, Optional<String>> configured() {
        Map<String, Optional<String>> configured = new LinkedHashMap<>();
        configured.put("XENIA_RECEIPT_KEY", receiptKey);
        configured.put("XENIA_KEYS_PIN", pinKey);
        return configured;
    }

    private byte[] key(String name, Optional<String> configured) {
        byte[] key = keys.get(name);
        if (key == null) {
            Optional<String> set = configured.filter(text -> !text.isBlank());
            if (set.isPresent()) {
                key = decode(set.get()).orElseThrow(() -> new IllegalStateException("A configured key is invalid"));
            } else if (demo) {
                key = installationKey(name);
            } else {
                throw new IllegalStateException("A key that must be configured is missing");
            }
            keys.put(name, key);
        }
        return key.clone();
    }

    private static Optional<byte[]> decode(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            return key.length >= MINIMUM_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Demo only: made once, in the caller's transaction (two servers at once: one insert fails, retried). */
    private byte[] installationKey(String name) {
        InstallationKey stored = em.find(InstallationKey.class, name);
        if (stored == null) {
            byte[] secret = new byte[MINIMUM_BYTES];
            new SecureRandom().nextBytes(secret);
            stored = new InstallationKey(name, secret, clock.instant());
            em.persist(stored);
            em.flush();
        }
        return stored.getSecret();
    }
}
