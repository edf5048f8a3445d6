package nl.xenia.portal.info.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * What changed in a text, word by word (java-diff-utils' Myers diff over words, runs of punctuation and
 * runs of white space), e.g. in the source of a translation since the translation was made. The text is
 * staff-written Markdown and is never read as markup: {@link #html} escapes every part and only adds its
 * own {@code <del>} and {@code <ins>}.
 */
public final class SourceChanges {

    /** A word (letters, marks, digits), a run of other signs (e.g. {@code **}, {@code <}), or white space. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]+");

    private SourceChanges() {
    }

    /** Whether a part is in both texts, only in the one before, or only in the one after. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of text and whether it changed. */
    public record Part(Kind kind, String text) {
    }

    /** The text after, with what was removed and added since the text before; neighbours of a kind joined. */
    public static List<Part> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int from = delta.getSource().getPosition();
            add(parts, Kind.SAME, String.join("", old.subList(at, from)));
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (removed.isBlank() && added.isBlank()) {
                // only the spacing changed (a line break for a space): not worth a mark
                add(parts, Kind.SAME, added);
            } else {
                add(parts, Kind.REMOVED, removed);
                add(parts, Kind.ADDED, added);
            }
            at = from + delta.getSource().size();
        }
        add(parts, Kind.SAME, String.join("", old.subList(at, old.size())));
        return joinRuns(parts);
    }

    /**
     * One mark per run of changes: white space the texts share between changed words goes into both the
     * removed and the added text, so "a b" for "x y" reads as one change, not four.
     */
    private static List<Part> joinRuns(List<Part> parts) {
        List<Part> joined = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            if (parts.get(i).kind() == Kind.SAME) {
                add(joined, Kind.SAME, parts.get(i).text());
                i++;
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            int end = i;
            while (end < parts.size() && (parts.get(end).kind() != Kind.SAME
                    || parts.get(end).text().isBlank() && end + 1 < parts.size()
                            && parts.get(end + 1).kind() != Kind.SAME)) {
                Part part = parts.get(end);
                if (part.kind() != Kind.ADDED) {
                    removed.append(part.text());
                }
                if (part.kind() != Kind.REMOVED) {
                    added.append(part.text());
                }
                end++;
            }
            add(joined, Kind.REMOVED, removed.toString().isBlank() ? "" : removed.toString());
            add(joined, Kind.ADDED, added.toString().isBlank() ? "" : added.toString());
            i = end;
        }
        return joined;
    }

    /** Whether anything but spacing changed. */
    public static boolean changed(String before, String after) {
        return between(before, after).stream().anyMatch(part -> part.kind() != Kind.SAME);
    }

    /** The changes as HTML: every text escaped, removed parts in {@code <del>}, added ones in {@code <ins>}. */
    public static String html(String before, String after) {
        return html(between(before, after));
    }

    /** The parts as HTML: every text escaped, removed parts in {@code <del>}, added ones in {@code <ins>}. */
    public static String html(List<Part> parts) {
        StringBuilder html = new StringBuilder();
        try {
            for (Part part : parts) {
                String tag = switch (part.kind()) {
                    case SAME -> null;
                    case REMOVED -> "del";
                    case ADDED -> "ins";
                };
                if (tag != null) {
                    html.append('<').append(tag).append('>');
                }
                Encoding.encodeRcdataOnto(part.text(), html);
                if (tag != null) {
                    html.append("</").append(tag).append('>');
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return html.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                tokens.add(token.group());
            }
        }
        return tokens;
    }

    private static void add(List<Part> parts, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.kind() == kind) {
            parts.set(parts.size() - 1, new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
