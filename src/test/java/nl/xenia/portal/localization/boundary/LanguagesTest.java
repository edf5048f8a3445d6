package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static Instant local(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(Languages.LOCAL_TIME).toInstant();
    }

    @Test
    void aMomentThisYearShowsWeekdayDayMonthAndTimeWithoutSecondsOrYear() {
        int year = ZonedDateTime.now(Languages.LOCAL_TIME).getYear();
        String shown = Languages.dateTime("nl", local(year, 12, 1, 14, 5, 37));
        assertTrue(shown.matches("(?i)[a-z]{2}\\.? 1 dec\\.?,? 14:05"),
                "a Dutch weekday, day, month and time: " + shown);
        assertFalse(shown.contains(":37"), "no seconds: " + shown);
        assertFalse(shown.contains(String.valueOf(year)), "no year for this year: " + shown);
    }

    @Test
    void aMomentOfAnotherYearShowsItsYear() {
        int lastYear = ZonedDateTime.now(Languages.LOCAL_TIME).getYear() - 1;
        assertTrue(Languages.dateTime("nl", local(lastYear, 3, 2, 9, 0, 0)).contains(String.valueOf(lastYear)),
                "another year's moment names its year");
        assertTrue(Languages.date("nl", local(lastYear, 3, 2, 9, 0, 0)).contains(String.valueOf(lastYear)),
                "another year's day names its year");
    }

    @Test
    void theTimeIsFrysianTimeWhateverTheServersZone() {
        int year = ZonedDateTime.now(Languages.LOCAL_TIME).getYear();
        Instant noonInLeeuwarden = local(year, 7, 1, 12, 0, 0);
        assertTrue(Languages.dateTime("en", noonInLeeuwarden).contains("12:00"), "summer time in Amsterdam");
    }

    @Test
    void languageNamesAreWrittenAsEachLanguageWritesThemMidSentence() {
        assertEquals("Roemeens", Languages.name("ro", "nl"), "Dutch capitalises language names");
        assertEquals("Bulgarian", Languages.name("bg", "en"), "English capitalises language names");
        assertEquals("engleză", Languages.name("en", "ro"), "Romanian writes them in lower case");
        assertEquals("английски", Languages.name("en", "bg"), "Bulgarian writes them in lower case");
        assertEquals("inglés", Languages.name("en", "es"), "Spanish writes them in lower case");
        assertEquals("română", Languages.name("ro", "ro"), "Romanian names itself in lower case mid-sentence");
        assertEquals("румънски", Languages.name("ro", "bg"), "Bulgarian names Romanian in lower case");
        assertEquals("qx", Languages.name("qx", "ro"), "a code nothing knows stays the code");
    }
}
