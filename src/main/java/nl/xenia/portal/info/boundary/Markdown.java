package nl.xenia.portal.info.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/** Staff-written Markdown to HTML that is safe to put in a public page, and to plain text for search. */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** Thread-safe once built (commonmark documents both as immutable). */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** Raw HTML in the source is written as text, never as markup. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    /** The deepest heading HTML has. */
    private static final int HIGHEST_HEADING = 2;

    /** What a link to another host carries: no window.opener, no Referer. */
    private static final String EXTERNAL_REL = "noopener noreferrer";

    /** Adds {@link #EXTERNAL_REL} to links that leave the site; any rel from the source is gone by now. */
    private static final ElementPolicy LINKS = (elementName, attrs) -> {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("href".equals(attrs.get(i)) && leavesTheSite(attrs.get(i + 1))) {
                attrs.add("rel");
                attrs.add(EXTERNAL_REL);
                break;
            }
        }
        return elementName;
    };

    /** The allow-list: immutable and thread-safe. Everything not named here is dropped (text kept). */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "em", "strong", "table", "thead",
                    "tbody", "tr", "th", "td", "br", "hr", "blockquote", "code", "pre")
            .allowElements(LINKS, "a")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .toFactory();

    /** Elements whose start or end separates words in the visible text. */
    private static final Set<String> BLOCKS = Set.of("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table",
            "thead", "tbody", "tr", "th", "td", "br", "hr", "blockquote", "pre");

    /** A hyphen between two digits ("0800-8112", "9-17"), which a phone may otherwise break the line at. */
    private static final Pattern NUMBER_HYPHEN = Pattern.compile("(?<=\\d)-(?=\\d)");

    /** The non-breaking hyphen: looks the same, never breaks. */
    private static final String NON_BREAKING_HYPHEN = "\u2011";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Markdown() {
    }

    /**
     * CommonMark (+ GFM tables), raw HTML in the source escaped, no heading above h2 (the page title is the only h1:
     * # and ## → h2, ### → h3 …, so headings written from ## on never skip a level), a hyphen between digits made
     * non-breaking (a phone number written as text never breaks over two lines), then cleaned by an allow-list.
     *
     * @param markdown
     *            staff-written Markdown; {@code null} counts as empty
     * @return HTML safe to put in a public page as is; "" for {@code null}
     */
    public static String toSafeHtml(String markdown) {
        return render(markdown, true);
    }

    private static String render(String markdown, boolean joinNumbers) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(heading.getLevel(), HIGHEST_HEADING));
                visitChildren(heading);
            }

            @Override
            public void visit(Text text) {
                if (joinNumbers) {
                    text.setLiteral(NUMBER_HYPHEN.matcher(text.getLiteral()).replaceAll(NON_BREAKING_HYPHEN));
                }
            }
        });
        return POLICY.sanitize(RENDERER.render(document));
    }

    /**
     * HTML cleaned by the same allow-list (idempotent on what {@link #toSafeHtml(String)} returns), for
     * the one component that writes authored HTML into pages.
     *
     * @param html
     *            HTML of any origin; {@code null} counts as empty
     * @return the HTML with everything outside the allow-list removed
     */
    public static String clean(String html) {
        return html == null || html.isEmpty() ? "" : POLICY.sanitize(html);
    }

    /**
     * The visible text only (no markup, entities decoded, whitespace collapsed to single spaces, trimmed), for search
     * and snippets; hyphens stay as written, so a number is found as people type it.
     *
     * @param markdown
     *            staff-written Markdown; {@code null} counts as empty
     * @return the text a reader sees in {@link #toSafeHtml(String)}'s output; "" for {@code null}
     */
    public static String toPlainText(String markdown) {
        String html = render(markdown, false);
        if (html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {

            @Override
            public void openDocument() {
                // nothing to write
            }

            @Override
            public void closeDocument() {
                // nothing to write
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                separate(elementName);
            }

            @Override
            public void closeTag(String elementName) {
                separate(elementName);
            }

            @Override
            public void text(String textChunk) {
                text.append(textChunk);
            }

            private void separate(String elementName) {
                if (BLOCKS.contains(elementName)) {
                    text.append(' ');
                }
            }
        });
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /**
     * Whether a link that passed the allow-list points away from this site: an absolute http(s) URL or a
     * scheme-relative one ({@code //host}, which browsers also accept with backslashes). Relative references,
     * {@code mailto:} and {@code tel:} stay here.
     */
    private static boolean leavesTheSite(String href) {
        // browsers ignore control characters and spaces around a URL and tabs or newlines in it
        StringBuilder kept = new StringBuilder(href.length());
        href.chars().filter(c -> c > ' ').forEach(c -> kept.append((char) c));
        String url = kept.toString().toLowerCase(Locale.ROOT);
        if (url.startsWith("mailto:") || url.startsWith("tel:")) {
            return false;
        }
        if (url.length() >= 2 && isSlash(url.charAt(0)) && isSlash(url.charAt(1))) {
            return true;
        }
        if (url.startsWith("/") || url.startsWith("#") || url.startsWith("?")) {
            return false;
        }
        int colon = url.indexOf(':');
        int pathStart = indexOfAny(url, "/?#\\");
        boolean hasScheme = colon >= 0 && (pathStart < 0 || colon < pathStart);
        // a relative path ("info/health") stays; anything with a scheme (http, https) or odd leaves
        return hasScheme || url.startsWith("\\");
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
