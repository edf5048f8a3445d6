package nl.xenia.portal.localization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiationTest {

    private static final List<String> SUPPORTED = List.of("nl", "en", "ro", "bg", "es");

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"ro-RO,ro;q=0.9,en;q=0.8|ro", "nl-NL|nl", "de-DE,de;q=0.9,es;q=0.5|es",
            "bg;q=0.3,es;q=0.8|es", "th|en", "*|en", "fr;q=0,nl;q=0.1|nl", "EN-gb|en", "es-419|es"})
    void picksTheBestSupportedLanguage(String header, String expected) {
        assertEquals(expected, LanguageNegotiation.best(SUPPORTED, header, "en"),
                "expected the most wanted supported language for " + header);
    }

    @Test
    void fallsBackWhenTheHeaderIsMissingOrUnreadable() {
        assertEquals("en", LanguageNegotiation.best(SUPPORTED, null, "en"), "expected the fallback without a header");
        assertEquals("en", LanguageNegotiation.best(SUPPORTED, ";;;q=x", "en"),
                "expected the fallback for a header that cannot be read");
        assertEquals("en", LanguageNegotiation.best(SUPPORTED, "nl".repeat(600), "en"),
                "expected the fallback for an oversized header");
    }
}
