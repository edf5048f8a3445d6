package nl.xenia.portal.info.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    /**
     * The output without its text: tags and attributes only, lower case. Raw HTML in the source is escaped into
     * visible text, so a word like "onerror" may rightly be read on the page; it must never be markup.
     */
    private static String markupOnly(Document doc) {
        Document copy = doc.clone();
        copy.body().select("*").forEach(element -> element.textNodes().forEach(TextNode::remove));
        copy.body().textNodes().forEach(TextNode::remove);
        return copy.body().html().toLowerCase(Locale.ROOT);
    }

    /** The one {@code a} element of the output, failing if there is not exactly one. */
    private static Element onlyLink(String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        Elements links = parse(html).select("a");
        assertEquals(1, links.size(), "expected exactly one link in " + html);
        return links.first();
    }

    @Test
    void noHeadingAboveH2SoThePageTitleStaysTheOnlyH1() {
        String html = Markdown
                .toSafeHtml("# Title\n\n## Sub\n\n### Third\n\n#### Fourth\n\n##### Fifth\n\n###### Sixth");
        Document doc = parse(html);
        assertTrue(doc.select("h1").isEmpty(), "expected no h1 in " + html);
        assertEquals("Title Sub", doc.select("h2").text(), "expected # and ## to be h2 in " + html);
        assertEquals("Third", doc.select("h3").text(), "expected ### to stay h3 in " + html);
        assertEquals("Fourth", doc.select("h4").text(), "expected #### to stay h4 in " + html);
        assertEquals("Fifth", doc.select("h5").text(), "expected ##### to stay h5 in " + html);
        assertEquals("Sixth", doc.select("h6").text(), "expected ###### to stay h6 in " + html);
        assertTrue(html.contains("<h2>Title</h2>"), "expected a plain <h2>Title</h2> in " + html);
    }

    @Test
    void paragraphsListsAndEmphasisSurvive() {
        String html = Markdown.toSafeHtml("""
                First paragraph with *emphasis* and **strong** words.

                Second paragraph.

                - apple
                - pear

                3. three
                4. four
                """);
        Document doc = parse(html);
        assertEquals(2, doc.select("p").size(), "expected two paragraphs in " + html);
        assertEquals("emphasis", doc.select("p > em").text(), "expected *…* as em in " + html);
        assertEquals("strong", doc.select("p > strong").text(), "expected **…** as strong in " + html);
        assertEquals(2, doc.select("ul > li").size(), "expected a bullet list of two in " + html);
        Elements ordered = doc.select("ol");
        assertEquals(1, ordered.size(), "expected one ordered list in " + html);
        assertEquals("3", ordered.attr("start"), "expected the ordered list to keep start=3 in " + html);
        assertEquals(2, doc.select("ol > li").size(), "expected an ordered list of two in " + html);
    }

    @Test
    void aGfmTableKeepsItsHeaderAndAlignmentWithoutStyle() {
        String html = Markdown.toSafeHtml("""
                | Day | Open | Note |
                |:----|:----:|-----:|
                | Mon | 9–17 | walk-in |
                """);
        Document doc = parse(html);
        Elements head = doc.select("table > thead > tr > th");
        assertEquals(3, head.size(), "expected three header cells in " + html);
        assertEquals("left", head.get(0).attr("align"), "expected :--- as align=left in " + html);
        assertEquals("center", head.get(1).attr("align"), "expected :---: as align=center in " + html);
        assertEquals("right", head.get(2).attr("align"), "expected ---: as align=right in " + html);
        Elements cells = doc.select("table > tbody > tr > td");
        assertEquals(3, cells.size(), "expected three body cells in " + html);
        assertEquals("right", cells.get(2).attr("align"), "expected body cells aligned too in " + html);
        assertFalse(html.contains("style"), "expected no style attribute (CSP forbids inline styles) in " + html);
    }

    @Test
    void blockquotesAndCodeSurviveWithoutClasses() {
        String html = Markdown.toSafeHtml("""
                > Quoted advice.

                Use `inline code` here.

                ```java
                int x = 1 < 2 ? 1 : 2;
                ```
                """);
        Document doc = parse(html);
        assertEquals("Quoted advice.", doc.select("blockquote > p").text(), "expected a blockquote in " + html);
        assertEquals("inline code", doc.select("p > code").text(), "expected inline code in " + html);
        assertEquals("int x = 1 < 2 ? 1 : 2;", doc.select("pre > code").text(),
                "expected a fenced block as pre > code, its < shown as text, in " + html);
        assertFalse(html.contains("class"), "expected the language class dropped in " + html);
    }

    @Test
    void aHorizontalRuleAndAHardLineBreakSurvive() {
        String html = Markdown.toSafeHtml("line one  \nline two\n\n---\n\nafter");
        Document doc = parse(html);
        assertEquals(1, doc.select("p > br").size(), "expected a hard line break as br in " + html);
        assertEquals(1, doc.select("hr").size(), "expected --- as hr in " + html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Text <script>alert(1)</script> inline.",
            "<div>\n<script>alert(1)</script>\n</div>"})
    void rawScriptIsNeverMarkup(String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "expected no <script in " + html);
        assertTrue(parse(html).select("script, div").isEmpty(), "expected no script or div element in " + html);
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        String html = Markdown.toSafeHtml("Text <script>alert(1)</script> inline.");
        assertEquals("Text <script>alert(1)</script> inline.", parse(html).text(),
                "expected raw HTML escaped into visible text in " + html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x onerror=alert(1)>", "inline <img src=x onerror=alert(1)> image",
            "<a href=\"x\" onclick=\"alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)", "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{}</style>", "![img](https://evil.example/a.png)", "<svg onload=alert(1)>",
            "[x](&#106;avascript:alert(1))", "[x](vbscript:msgbox(1))", "[x](java\tscript:alert(1))",
            "[x]: javascript:alert(1)\n\n[x]", "<javascript:alert(1)>",
            "<object data=\"x\"></object><embed src=\"x\"><base href=\"https://evil.example/\">",
            "<form><input name=a></form><meta http-equiv=refresh content=0><link rel=stylesheet href=x>"})
    void hostileInputLeavesNothingExecutable(String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : new String[]{"<script", "<img", "<iframe", "<style", "<svg", "<object", "<embed",
                "<base", "<form", "<input", "<meta", "<link"}) {
            assertFalse(lower.contains(bad), "expected no " + bad + " for " + markdown + " in " + html);
        }
        Document doc = parse(html);
        String markup = markupOnly(doc);
        for (String bad : new String[]{"onerror", "onclick", "onload", "javascript:", "vbscript:", "data:"}) {
            assertFalse(markup.contains(bad), "expected no " + bad + " in the markup for " + markdown + " in " + html);
        }
        for (Element element : doc.body().select("*")) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "expected no event handler attribute for " + markdown + " in "
                        + html);
                assertFalse(Set.of("style", "class", "id", "target", "src").contains(name),
                        "expected no " + name + " attribute for " + markdown + " in " + html);
            }
        }
        assertTrue(doc.select("a:not([href])").isEmpty(),
                "expected a link whose href was dropped to be unwrapped, not left as a bare <a>, in " + html);
    }

    @Test
    void aDroppedLinkKeepsItsText() {
        String html = Markdown.toSafeHtml("[read this](javascript:alert(1))");
        assertEquals("read this", parse(html).text(), "expected the link text kept without the link in " + html);
        assertTrue(parse(html).select("a").isEmpty(), "expected no link element in " + html);
    }

    @Test
    void aLinkToAnotherHostGetsNoopenerNoreferrer() {
        Element link = onlyLink("[site](https://www.example.org/)");
        assertEquals("https://www.example.org/", link.attr("href"), "expected the href kept on " + link);
        assertEquals("noopener noreferrer", link.attr("rel"), "expected rel=noopener noreferrer on " + link);
        assertFalse(link.hasAttr("target"), "expected no target on " + link);

        Element plain = onlyLink("[site](http://example.org/info)");
        assertEquals("noopener noreferrer", plain.attr("rel"), "expected rel on a plain http link " + plain);
    }

    @Test
    void aSchemeRelativeLinkCountsAsAnotherHost() {
        Element link = onlyLink("[site](//evil.example/path)");
        assertEquals("noopener noreferrer", link.attr("rel"), "expected rel on a //host link " + link);
    }

    @Test
    void relativeLinksStayWithoutRel() {
        Element absolutePath = onlyLink("[page](/nl/info/health)");
        assertEquals("/nl/info/health", absolutePath.attr("href"), "expected the path kept on " + absolutePath);
        assertFalse(absolutePath.hasAttr("rel"), "expected no rel on a link within the site " + absolutePath);

        Element fragment = onlyLink("[up](#top)");
        assertEquals("#top", fragment.attr("href"), "expected the fragment kept on " + fragment);
        assertFalse(fragment.hasAttr("rel"), "expected no rel on a fragment link " + fragment);

        Element relative = onlyLink("[next](health/testing)");
        assertEquals("health/testing", relative.attr("href"), "expected the relative path kept on " + relative);
        assertFalse(relative.hasAttr("rel"), "expected no rel on a relative path " + relative);
    }

    @Test
    void mailAndPhoneLinksSurviveWithoutRel() {
        Element mail = onlyLink("[mail](mailto:x@example.invalid)");
        assertEquals("mailto:x@example.invalid", mail.attr("href"), "expected the mailto: href kept on " + mail);
        assertFalse(mail.hasAttr("rel"), "expected no rel on a mailto: link " + mail);

        Element call = onlyLink("[call](tel:112)");
        assertEquals("tel:112", call.attr("href"), "expected the tel: href kept on " + call);
        assertFalse(call.hasAttr("rel"), "expected no rel on a tel: link " + call);
    }

    @Test
    void linkTitlesAreDropped() {
        Element link = onlyLink("[site](https://example.org/ \"A title\")");
        assertFalse(link.hasAttr("title"), "expected title not on the allow-list " + link);
    }

    @Test
    void plainTextIsTheVisibleTextOnly() {
        assertEquals("Hallo wereld Test & link",
                Markdown.toPlainText("# Hallo *wereld*\n\nTest & [link](https://x.example)"),
                "expected headings, emphasis and links reduced to their words");
    }

    @Test
    void plainTextDecodesEntitiesAndSeparatesBlocks() {
        assertEquals("Tom & Jerry © 2026", Markdown.toPlainText("Tom &amp; Jerry &copy;&nbsp;2026"),
                "expected entities decoded and the no-break space collapsed");
        assertEquals("Day Open Mon 9–17", Markdown.toPlainText("| Day | Open |\n|---|---|\n| Mon | 9–17 |"),
                "expected table cells separated by single spaces");
        assertEquals("one two un*believ*able", Markdown.toPlainText("- one\n- two\n\nun\\*believ\\*able"),
                "expected list items separated and escaped stars kept as text");
        assertEquals("unbelievable", Markdown.toPlainText("un**believ**able"),
                "expected inline markup not to split a word");
        assertEquals("Text <b>bold</b>", Markdown.toPlainText("Text <b>bold</b>"),
                "expected escaped raw HTML to read as the text it shows");
    }

    @Test
    void nullAndEmptyGiveEmptyStrings() {
        assertEquals("", Markdown.toSafeHtml(null), "expected null to give empty HTML");
        assertEquals("", Markdown.toSafeHtml(""), "expected empty to give empty HTML");
        assertEquals("", Markdown.toPlainText(null), "expected null to give empty text");
        assertEquals("", Markdown.toPlainText(""), "expected empty to give empty text");
        assertEquals("", Markdown.toPlainText("  \n\n  "), "expected blank to give empty text");
    }

    @Test
    void cleaningAgainKeepsSafeHtmlAndRemovesWhatIsNot() {
        String safe = Markdown.toSafeHtml("## Kop\n\nTekst met [een site](https://www.example.org/) en | tabel |\n");
        assertEquals(safe, Markdown.clean(safe), "expected cleaning safe HTML again to change nothing");
        String raw = "<p onclick=\"x()\">Hallo<script>alert(1)</script><img src=x onerror=y()></p>";
        String cleaned = Markdown.clean(raw);
        assertFalse(cleaned.contains("<script") || cleaned.contains("onclick") || cleaned.contains("<img"),
                "expected scripts, handlers and images removed from HTML of any origin: " + cleaned);
        assertEquals("", Markdown.clean(null));
    }

    @Test
    void aNumberWrittenAsTextNeverBreaksAtItsHyphenButIsFoundAsTyped() {
        String html = Markdown.toSafeHtml("Bel 0800-8112 of [0900-1234](tel:0900-1234), *nu*; half-time well-known.");
        assertTrue(html.contains("0800\u20118112") && html.contains(">0900\u20111234<"),
                "expected the hyphen between digits non-breaking in text and link text: " + html);
        assertTrue(html.contains("tel:0900-1234"), "expected the link's address as written: " + html);
        assertTrue(html.contains("half-time well-known"), "expected hyphens between words as written: " + html);
        assertEquals("Bel 0800-8112 of 0900-1234, nu; half-time well-known.",
                Markdown.toPlainText("Bel 0800-8112 of [0900-1234](tel:0900-1234), *nu*; half-time well-known."),
                "expected search text with the hyphen people type");
    }
}
