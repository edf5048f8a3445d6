package nl.xenia.portal.privacy.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Secret codes people type or copy (receipt codes, bootstrap tokens): random bits from
 * {@link SecureRandom}, written in Crockford base32 in groups of four ({@code K7QM-3XPD-9R2T-HW4N}),
 * read back ignoring case, spaces and dashes, with the look-alikes O→0 and I/L→1 folded.
 */
public final class SecretCodes {

    /** Crockford's base32 alphabet: no I, L, O or U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BITS_PER_SYMBOL = 5;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCodes() {
    }

    /**
     * A new code of at least the given number of random bits, rounded up to whole groups of four
     * symbols (80 bits → 16 symbols).
     */
    public static String generate(int minimumBits) {
        int symbols = (minimumBits + BITS_PER_SYMBOL - 1) / BITS_PER_SYMBOL;
        symbols = ((symbols + GROUP - 1) / GROUP) * GROUP;
        StringBuilder code = new StringBuilder(symbols + symbols / GROUP);
        for (int i = 0; i < symbols; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical form of a code as typed: upper case, no separators, look-alikes folded; null
     * when it holds any other character.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder canonical = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t' || c == '\u00a0') {
                continue;
            }
            char folded = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(folded) < 0) {
                return null;
            }
            canonical.append(folded);
        }
        return canonical.toString();
    }

    /** A canonical code written in groups for display. */
    public static String grouped(String canonical) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < canonical.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                shown.append('-');
            }
            shown.append(canonical.charAt(i));
        }
        return shown.toString();
    }
}
