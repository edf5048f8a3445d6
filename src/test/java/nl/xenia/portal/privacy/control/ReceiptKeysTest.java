package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipt codes: 80 bits in four groups, typed loosely, hashed under a key, and the person's key. */
class ReceiptKeysTest {

    private static final byte[] KEY_A = new byte[32];
    private static final byte[] KEY_B = new byte[32];

    static {
        KEY_B[0] = 1;
    }

    @Test
    void aReceiptCodeIsSixteenSymbolsInFourGroupsAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReceiptKeys.newCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"),
                    "expected four groups of four Crockford symbols: " + code);
            assertTrue(seen.add(code), "expected no code twice in 10,000");
        }
    }

    @Test
    void aCodeIsReadBackIgnoringSpacesDashesCaseAndLookAlikes() {
        String canonical = ReceiptKeys.canonical("K7QM-3XPD-9R2T-HW4N");
        assertEquals("K7QM3XPD9R2THW4N", canonical);
        assertEquals(canonical, ReceiptKeys.canonical(" k7qm 3xpd 9r2t hw4n "), "expected case and spaces ignored");
        assertEquals(ReceiptKeys.canonical("10QM-3XPD-9R2T-HW4N"), ReceiptKeys.canonical("LOqm-3xpd-9r2t-hw4n"),
                "expected O read as 0 and L as 1");
        assertEquals(ReceiptKeys.canonical("1000-0000-0000-0000"), ReceiptKeys.canonical("iooo-oooo-oooo-oooo"),
                "expected I read as 1");
        assertNull(ReceiptKeys.canonical("K7QM-3XPD-9R2T"), "expected a short code refused");
        assertNull(ReceiptKeys.canonical("K7QM-3XPD-9R2T-HW4U"), "expected a letter outside the alphabet refused");
        assertNull(ReceiptKeys.canonical(null));
    }

    @Test
    void theLookupHashNeedsTheInstallationKey() {
        String canonical = ReceiptKeys.canonical("K7QM-3XPD-9R2T-HW4N");
        String hash = ReceiptKeys.lookupHash(KEY_A, canonical);
        assertEquals(64, hash.length(), "expected a hex HMAC-SHA256");
        assertEquals(hash, ReceiptKeys.lookupHash(KEY_A, ReceiptKeys.canonical("k7qm3xpd9r2thw4n")),
                "expected the same hash however the code was typed");
        assertNotEquals(hash, ReceiptKeys.lookupHash(KEY_B, canonical), "expected another key to give another hash");
        assertFalse(hash.contains("K7QM"), "expected nothing of the code in its hash");
    }

    @Test
    void thePersonsKeyComesFromTheCodeAlone() {
        byte[] key = ReceiptKeys.personKey(ReceiptKeys.canonical("K7QM-3XPD-9R2T-HW4N"));
        assertEquals(32, key.length);
        assertArrayEquals(key, ReceiptKeys.personKey(ReceiptKeys.canonical("k7qm 3xpd 9r2t hw4n")));
        assertFalse(java.util.Arrays.equals(key, ReceiptKeys.personKey(ReceiptKeys.canonical("K7QM-3XPD-9R2T-HW4M"))),
                "expected another code to give another key");
    }
}
