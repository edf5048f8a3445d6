package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import nl.xenia.portal.privacy.control.ReceiptKeys;
import nl.xenia.portal.privacy.entity.InstallationKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receipt codes for anonymous people: a new code with what the database may keep of it (a keyed
 * lookup hash) and the person's key; and, for a code as typed, the same two again. The lookup key
 * comes from {@code xenia.receipt.key} (base64, 32 bytes; set it in production, outside the
 * database) or, when unset, from a random key this installation makes once and keeps in its database.
 */
@ApplicationScoped
public class Receipts {

    private static final String KEY_NAME = "receipt-lookup";

    /** A new receipt: the code to show once, its lookup hash and the person's key (neither kept with the code). */
    public record Receipt(String code, String lookupHash, byte[] personKey) {
    }

    /** What a typed code opens: the thread's lookup hash and the person's key. */
    public record Opened(String lookupHash, byte[] personKey) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.receipt.key")
    Optional<String> configuredKey;

    private volatile byte[] lookupKey;

    @Transactional(TxType.REQUIRED)
    public Receipt issue() {
        String code = ReceiptKeys.newCode();
        String canonical = ReceiptKeys.canonical(code);
        return new Receipt(code, ReceiptKeys.lookupHash(lookupKey(), canonical), ReceiptKeys.personKey(canonical));
    }

    /** The hash and key for a code as typed (spaces, dashes, case, look-alikes forgiven); empty if it cannot be a code. */
    @Transactional(TxType.REQUIRED)
    public Optional<Opened> open(String typed) {
        String canonical = ReceiptKeys.canonical(typed);
        return canonical == null
                ? Optional.empty()
                : Optional.of(
                        new Opened(ReceiptKeys.lookupHash(lookupKey(), canonical), ReceiptKeys.personKey(canonical)));
    }

    private byte[] lookupKey() {
        byte[] key = lookupKey;
        if (key == null) {
            key = configuredKey.filter(value -> !value.isBlank())
                    .map(value -> Base64.getDecoder().decode(value.strip()))
                    .orElseGet(this::installationKey);
            if (key.length < 32) {
                throw new IllegalStateException("xenia.receipt.key must be at least 32 bytes (base64)");
            }
            lookupKey = key;
        }
        return key;
    }

    /** Made once, in the caller's transaction (two servers starting at once: one insert fails and is retried). */
    private byte[] installationKey() {
        InstallationKey stored = em.find(InstallationKey.class, KEY_NAME);
        if (stored == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            stored = new InstallationKey(KEY_NAME, secret, clock.instant());
            em.persist(stored);
            em.flush();
        }
        return stored.getSecret();
    }
}
