package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretCodesTest {

    @Test
    void aCodeOf80BitsIsSixteenSymbolsInGroupsOfFour() {
        String code = SecretCodes.generate(80);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"),
                "expected four groups of four Crockford symbols, got " + code);
        assertTrue(16 * 5 >= 80, "expected 16 symbols of 5 bits to carry at least 80 bits");
    }

    @Test
    void codesRoundUpToWholeGroups() {
        assertEquals(8 * 4 + 7, SecretCodes.generate(160).length(), "expected 160 bits as 32 symbols and 7 dashes");
        assertEquals(4 * 4 + 3, SecretCodes.generate(61).length(), "expected 61 bits rounded up to 16 symbols");
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> seen = new HashSet<>();
        int[] counts = new int[SecretCodes.ALPHABET.length()];
        for (int i = 0; i < 20_000; i++) {
            String code = SecretCodes.generate(80);
            assertTrue(seen.add(code), "expected no code twice in 20,000");
            for (char c : SecretCodes.normalize(code).toCharArray()) {
                counts[SecretCodes.ALPHABET.indexOf(c)]++;
            }
        }
        // 320,000 symbols over 32: 10,000 each expected; a fair source stays well within ±5 %
        for (int i = 0; i < counts.length; i++) {
            assertTrue(Math.abs(counts[i] - 10_000) < 500, "expected symbol " + SecretCodes.ALPHABET.charAt(i)
                    + " about 10,000 times, got " + counts[i]);
        }
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertEquals("K7QM3XPD9R2THW4N", SecretCodes.normalize(" k7qm-3xpd 9r2t-hw4n "),
                "expected case, spaces and dashes ignored");
        assertEquals("0011", SecretCodes.normalize("oOiL"), "expected O as 0 and I, L as 1");
        assertNull(SecretCodes.normalize("K7QM-3XPD-9R2T-HW4U"), "expected U (not in the alphabet) to be refused");
        assertNull(SecretCodes.normalize("K7QM<script>"), "expected any other character to be refused");
        assertEquals("K7QM-3XPD-9R2T-HW4N", SecretCodes.grouped("K7QM3XPD9R2THW4N"), "expected groups of four");
    }
}
