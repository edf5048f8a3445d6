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

    @Test
    void underTheOfficePrefixTheSecondSegmentIsTheLanguage() {
        assertEquals("nl", RequestLanguage.languageSegment("/office/nl/dashboard", ""),
                "expected the segment after /office");
        assertEquals("en", RequestLanguage.languageSegment("/portal/office/en/login", "/portal"),
                "expected the context path skipped before the office prefix");
        assertEquals("ro", RequestLanguage.languageSegment("/ro/ask", ""), "expected a public page's first segment");
        assertEquals("", RequestLanguage.languageSegment("/office", ""), "expected no language for the prefix alone");
    }
}
