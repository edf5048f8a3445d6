package nl.xenia.portal.privacy.control;

import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * What a receipt code opens, computed from the code as typed (normalised first, see
 * {@link SecretCodes}): the lookup hash the database keeps (HMAC-SHA256 under the installation's
 * receipt key, which lives outside the database, so the hash alone lets no copy of the database test
 * a guess) and the person's key (HKDF of the code alone) that seals the person's own copy of their
 * thread. That sealed copy does let a copy of the database test a guessed code offline: what protects
 * it is the code's 80 random bits, not a secret of the server. The code itself is kept nowhere.
 */
public final class ReceiptKeys {

    /** The random bits of a receipt code (16 symbols of Crockford base32). */
    public static final int BITS = 80;
    private static final byte[] PERSON_KEY_INFO = "xenia receipt person key".getBytes(StandardCharsets.US_ASCII);

    private ReceiptKeys() {
    }

    /** A new receipt code, written in groups ({@code K7QM-3XPD-9R2T-HW4N}). */
    public static String newCode() {
        return SecretCodes.generate(BITS);
    }

    /** The canonical form of a typed code, or null when it cannot be a receipt code (wrong characters or length). */
    public static String canonical(String typed) {
        String canonical = SecretCodes.normalize(typed);
        return canonical == null || canonical.length() != BITS / 5 ? null : canonical;
    }

    /** The lookup hash (hex) of a canonical code under the installation's receipt key. */
    public static String lookupHash(byte[] installationKey, String canonical) {
        return HexFormat.of().formatHex(KeyedHash.of(installationKey, canonical));
    }

    /** The person's 256-bit key from a canonical code (HKDF-SHA256; the code has 80 random bits). */
    public static byte[] personKey(String canonical) {
        try {
            return Hkdf.computeHkdf("HMACSHA256", canonical.getBytes(StandardCharsets.US_ASCII),
                    "xenia receipt".getBytes(StandardCharsets.US_ASCII), PERSON_KEY_INFO, 32);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
