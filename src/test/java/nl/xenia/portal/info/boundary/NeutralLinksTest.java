package nl.xenia.portal.info.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links staff wrote to a page's old, telling address are shown pointing at its neutral address. */
class NeutralLinksTest {

    private static final Map<String, String> ADDRESSES = Map.of("health", "p2", "sti-testing", "p21");

    @Test
    void linksToOldAddressesPointToTheNeutralOnes() {
        assertEquals("<a href=\"/ro/info/p2\">x</a> <a href=\"/nl/info/p21#test\">y</a>",
                InfoPages.neutralLinks("<a href=\"/ro/info/health\">x</a> <a href=\"/nl/info/sti-testing#test\">y</a>",
                        ADDRESSES),
                "expected both links rewritten to the pages' neutral addresses, the fragment kept");
        assertEquals("<a href=\"/portal/ro/info/p2\">x</a>",
                InfoPages.neutralLinks("<a href=\"/portal/ro/info/health\">x</a>", ADDRESSES),
                "expected a link under a context path rewritten too");
    }

    @Test
    void otherLinksStayAsWritten() {
        String html = "<a href=\"/ro/info/unknown\">a</a> <a href=\"/ro/info/p2\">b</a> <a href=\"/ro/ask\">c</a>"
                + " <a href=\"https://example.org/ro/info/health\">d</a> <a href=\"/ro/info\">e</a>";
        assertEquals(html, InfoPages.neutralLinks(html, ADDRESSES),
                "expected unknown slugs, neutral addresses, other pages and other hosts left alone");
    }
}
