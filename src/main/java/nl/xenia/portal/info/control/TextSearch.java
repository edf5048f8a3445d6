package nl.xenia.portal.info.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.List;

/**
 * Search that forgives accents and case: "sanatate" finds "Sănătate", "SOA" finds "soa". Texts and
 * queries are folded the same way (ICU: decompose, drop combining marks, case-fold).
 */
public final class TextSearch {

    /** The longest query looked at; the rest is ignored. */
    public static final int MAX_QUERY = 200;
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));

    private TextSearch() {
    }

    /** The folded form of a text: no accents, case-folded, single spaces. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String plain = FOLD.get().transliterate(text);
        return UCharacter.foldCase(plain, true).replaceAll("\\s+", " ").strip();
    }

    /** The query's words (folded, at least two characters each), at most ten. */
    public static List<String> terms(String query) {
        String limited = query == null ? "" : query.substring(0, Math.min(query.length(), MAX_QUERY));
        return Arrays.stream(fold(limited).split("[^\\p{L}\\p{N}]+")).filter(term -> term.length() >= 2).distinct()
                .limit(10).toList();
    }

    /** How well a text matches: 0 when a term is missing; otherwise more for terms in the title. */
    public static int score(List<String> terms, String foldedTitle, String foldedBody) {
        if (terms.isEmpty()) {
            return 0;
        }
        int score = 0;
        for (String term : terms) {
            boolean inTitle = foldedTitle.contains(term);
            if (!inTitle && !foldedBody.contains(term)) {
                return 0;
            }
            score += inTitle ? 3 : 1;
        }
        return score;
    }

    /** A short piece of the plain text around the first term found, for the result list. */
    public static String snippet(String plainText, List<String> terms, int length) {
        String text = plainText == null ? "" : plainText.replaceAll("\\s+", " ").strip();
        String folded = fold(text);
        int at = terms.stream().mapToInt(folded::indexOf).filter(index -> index >= 0).min().orElse(0);
        // folding keeps the length of most texts; clamp in case a character changed length
        int start = Math.max(0, Math.min(at, text.length()) - length / 3);
        int end = Math.min(text.length(), start + length);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
