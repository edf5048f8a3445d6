package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void theFirstPathSegmentIsTheLanguage() {
        assertEquals("ro", RequestLanguage.firstSegment("/ro/info/health", ""), "expected the first segment");
        assertEquals("ro", RequestLanguage.firstSegment("/portal/ro/", "/portal"), "expected the context path skipped");
        assertEquals("nl", RequestLanguage.firstSegment("/nl", ""), "expected a lone segment");
        assertEquals("", RequestLanguage.firstSegment("/", ""), "expected nothing for the root");
    }
}
