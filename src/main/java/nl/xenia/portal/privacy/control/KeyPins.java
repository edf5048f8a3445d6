package nl.xenia.portal.privacy.control;

import java.security.MessageDigest;
import java.util.Base64;

/**
 * Pins of public keys: a keyed hash (HMAC-SHA256) of what a public key is for, under a key that is
 * not in the database. A public key written into the database by someone without that key has no
 * valid pin, so nothing is sealed to it.
 */
public final class KeyPins {

    private KeyPins() {
    }

    /** The pin of a public keyset for one use: {@code pin(key, "organisation", 3, keyset)}. */
    public static byte[] pin(byte[] pinKey, String use, long id, byte[] publicKeyset) {
        return KeyedHash.of(pinKey, use + "|" + id + "|" + Base64.getEncoder().encodeToString(publicKeyset));
    }

    /** Whether the pin fits the public keyset and its use (compared in constant time). */
    public static boolean holds(byte[] pinKey, byte[] pin, String use, long id, byte[] publicKeyset) {
        return pin != null && pin.length > 0 && MessageDigest.isEqual(pin, pin(pinKey, use, id, publicKeyset));
    }
}
