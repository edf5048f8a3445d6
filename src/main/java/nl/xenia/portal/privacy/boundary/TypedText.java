package nl.xenia.portal.privacy.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What every facade that takes text from people checks the same way: whether a typed text can be stored (no control
 * characters but line breaks and tabs where lines are allowed, nothing unassigned, no lone surrogates, no private use),
 * and the hash a posted form's one-time token is remembered by (so the same form posted twice is recognised).
 */
public final class TypedText {

    private TypedText() {
    }

    /** Whether a stripped text holds only characters we store; {@code lines}: line breaks and tabs are allowed. */
    public static boolean storable(String clean, boolean lines) {
        return clean.codePoints().noneMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t'))
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.PRIVATE_USE);
    }

    /**
     * The SHA-256 (hex) a form's token is kept by; a post without a token (not our form) gets a random one, so it is
     * never taken for another post.
     */
    public static String formHash(String formToken) {
        String token = formToken == null || formToken.isBlank() ? UUID.randomUUID().toString() : formToken;
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
