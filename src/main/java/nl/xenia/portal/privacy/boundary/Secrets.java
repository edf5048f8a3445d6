package nl.xenia.portal.privacy.boundary;

import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import nl.xenia.portal.privacy.control.KeyedHash;
import nl.xenia.portal.privacy.control.PasswordKeys;
import nl.xenia.portal.privacy.control.SecretCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What other components need for secrets people hold: password hashes, keys derived from a password,
 * small secrets kept under such a key, codes from a secure random source, and hashes of codes for
 * lookup. New password hashes and password-derived keys cost Argon2id's standard
 * ({@link PasswordKeys.Cost#STANDARD}); only the integration-test server sets {@code xenia.passwords.cost}
 * lower, so that its hundreds of sign-ins do not spend minutes hashing (production never sets it).
 */
@ApplicationScoped
public class Secrets {

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private PasswordKeys.Cost cost = PasswordKeys.Cost.STANDARD;

    /** The cost of new hashes and keys: {@code memoryKiB,passes,lanes}; the standard when unset. */
    @Inject
    void configure(@ConfigProperty(name = "xenia.passwords.cost") Optional<String> configured) {
        cost = configured.filter(written -> !written.isBlank()).map(PasswordKeys.Cost::parse)
                .orElse(PasswordKeys.Cost.STANDARD);
        if (cost.belowStandard()) {
            LOG.warning("xenia.passwords.cost is below Argon2id's standard cost: for a test server only");
        }
    }

    /** What new hashes and password-derived keys cost. */
    public PasswordKeys.Cost passwordCost() {
        return cost;
    }

    public String hashPassword(char[] password) {
        return PasswordKeys.hash(password, cost);
    }

    public boolean verifyPassword(char[] password, String hash) {
        return PasswordKeys.verify(password, hash);
    }

    public byte[] newSalt() {
        return PasswordKeys.salt();
    }

    /** A 256-bit key from a password and its salt (Argon2id at {@link #passwordCost()}). */
    public byte[] passwordKey(char[] password, byte[] salt) {
        return PasswordKeys.derive(password, salt, cost);
    }

    /** A small secret (e.g. a TOTP secret) encrypted under a key, bound to what it is. */
    public byte[] protect(byte[] secret, byte[] key, String context) {
        try {
            return new AesGcmJce(key).encrypt(secret, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not protect a secret", failure);
        }
    }

    /** The secret back; empty for a wrong key or context. */
    public Optional<byte[]> unprotect(byte[] protectedSecret, byte[] key, String context) {
        try {
            return Optional.of(new AesGcmJce(key).decrypt(protectedSecret, context.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException wrong) {
            return Optional.empty();
        }
    }

    /** A keyed hash (HMAC-SHA256, base64) of a text, to count or find it without keeping it. */
    public String keyedHash(byte[] key, String text) {
        return java.util.Base64.getEncoder().encodeToString(KeyedHash.of(key, text));
    }

    /** A new code of at least the given bits, Crockford base32 in groups (see {@link SecretCodes}). */
    public String newCode(int minimumBits) {
        return SecretCodes.generate(minimumBits);
    }

    /** A code as typed in its canonical written form ({@code K7QM-3XPD-…}), or empty when it cannot be a code. */
    public Optional<String> canonicalCode(String typed) {
        String canonical = SecretCodes.normalize(typed);
        return canonical == null || canonical.isEmpty()
                ? Optional.empty()
                : Optional.of(SecretCodes.grouped(canonical));
    }

    /**
     * The lookup hash of a code as typed (normalised first), or empty when it cannot be a code. Codes
     * carry at least 80 random bits, so SHA-256 is enough; the code itself is never stored.
     */
    public Optional<String> codeHash(String typed) {
        return canonicalCode(typed).map(code -> {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        });
    }
}
