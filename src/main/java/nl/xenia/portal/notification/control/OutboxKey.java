package nl.xenia.portal.notification.control;

import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.Secrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals the outbox's recipient and body: from {@code xenia.outbox.key} (base64 of 32
 * bytes, outside the database), or — when unset — a random key that lives only in this server's
 * memory (mail left over from before a restart can then no longer be opened: it is dropped and
 * counted). Never in the database: a copy of it holds no address and no secret that a mail carried.
 */
@ApplicationScoped
public class OutboxKey {

    private static final byte[] CONTEXT = "xenia outbox".getBytes(StandardCharsets.US_ASCII);

    /** What a sealed row opens to. */
    public record Opened(String recipient, String body) {
    }

    @Inject
    @ConfigProperty(name = "xenia.outbox.key")
    Optional<String> configured;

    @Inject
    Secrets secrets;

    private byte[] key;
    private String ref;

    @PostConstruct
    void init() {
        key = configured.filter(text -> !text.isBlank()).map(OutboxKey::decode).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        ref = secrets.keyedHash(key, "xenia outbox");
    }

    /** Made at start, so that a wrong configured key stops the start instead of the first mail. */
    void onStart(@Observes Startup startup) {
        ref();
    }

    /** A keyed hash naming this key (not the key): rows sealed under another key are recognised by it. */
    public String ref() {
        return ref;
    }

    public byte[] seal(String recipient, String body) {
        try {
            return new AesGcmJce(key).encrypt((recipient + '\u0000' + body).getBytes(StandardCharsets.UTF_8),
                    CONTEXT);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not seal a mail", failure);
        }
    }

    /** The recipient and body back; empty when the row was not sealed under this key. */
    public Optional<Opened> open(byte[] sealed) {
        try {
            String plain = new String(new AesGcmJce(key).decrypt(sealed, CONTEXT), StandardCharsets.UTF_8);
            int split = plain.indexOf('\u0000');
            return split < 0
                    ? Optional.empty()
                    : Optional.of(new Opened(plain.substring(0, split), plain.substring(split + 1)));
        } catch (GeneralSecurityException notThisKey) {
            return Optional.empty();
        }
    }

    static byte[] decode(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("xenia.outbox.key is not base64");
        }
        if (decoded.length < 32) {
            throw new IllegalStateException("xenia.outbox.key must be at least 32 bytes");
        }
        return java.util.Arrays.copyOf(decoded, 32);
    }

}
