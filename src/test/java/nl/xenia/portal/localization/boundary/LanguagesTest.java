package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aLanguageIsNamedInTheReadersLanguageAsWrittenMidSentence() {
        assertEquals("română", Languages.nameIn("ro", "ro"), "expected Romanian lower case in Romanian");
        assertEquals("engleză", Languages.nameIn("en", "ro"), "expected English lower case in Romanian");
        assertEquals("български", Languages.nameIn("bg", "bg"), "expected Bulgarian lower case in Bulgarian");
        assertEquals("румънски", Languages.nameIn("ro", "bg"), "expected Romanian lower case in Bulgarian");
        assertEquals("español", Languages.nameIn("es", "es"), "expected Spanish lower case in Spanish");
        assertEquals("rumano", Languages.nameIn("ro", "es"), "expected Romanian lower case in Spanish");
    }

    @Test
    void whereTheLanguageCapitalisesNamesTheyStayCapitalised() {
        assertEquals("Roemeens", Languages.nameIn("ro", "nl"), "expected Romanian capitalised in Dutch");
        assertEquals("Bulgarian", Languages.nameIn("bg", "en"), "expected Bulgarian capitalised in English");
    }

    @Test
    void aCodeWithoutAKnownNameFallsBackToTheEndonymThenTheCode() {
        assertNull(Languages.nameIn("qx", "ro"), "expected no name for an unknown code");
        Languages languages = new Languages();
        languages.codes = List.of("nl", "en", "ro");
        languages.defaultCode = "en";
        languages.load();
        assertEquals("română", languages.name("ro", "ro"), "expected the reader's name first");
        assertEquals("qx", languages.name("qx", "ro"), "expected the code when nothing knows the language");
    }
}
