package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordKeysTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = PasswordKeys.hash("a long enough pass phrase".toCharArray());
        assertTrue(hash.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"),
                "expected Argon2id with 64 MiB, 3 passes, 1 lane (above OWASP's minimum): " + hash);
        assertTrue(PasswordKeys.verify("a long enough pass phrase".toCharArray(), hash),
                "expected the password to verify");
        assertFalse(PasswordKeys.verify("a long enough pass phrasE".toCharArray(), hash), "expected another to fail");
        assertFalse(PasswordKeys.verify("x".toCharArray(), "not a hash"), "expected garbage to fail, not throw");
        assertNotEquals(hash, PasswordKeys.hash("a long enough pass phrase".toCharArray()),
                "expected a new salt for every hash");
    }

    @Test
    void derivedKeysDependOnSecretAndSalt() {
        PasswordKeys.Cost cheap = new PasswordKeys.Cost(8_192, 1, 1);
        byte[] salt = PasswordKeys.salt();
        byte[] key = PasswordKeys.derive("K7QM-3XPD-9R2T-HW4N".toCharArray(), salt, cheap);
        assertArrayEquals(key, PasswordKeys.derive("K7QM-3XPD-9R2T-HW4N".toCharArray(), salt, cheap),
                "expected the same key for the same secret and salt");
        assertFalse(java.util.Arrays.equals(key, PasswordKeys.derive("K7QM-3XPD-9R2T-HW4P".toCharArray(), salt, cheap)),
                "expected another key for another secret");
        assertFalse(java.util.Arrays.equals(key, PasswordKeys.derive("K7QM-3XPD-9R2T-HW4N".toCharArray(),
                PasswordKeys.salt(), cheap)), "expected another key for another salt");
        assertTrue(key.length == 32, "expected a 256-bit key");
    }
}
