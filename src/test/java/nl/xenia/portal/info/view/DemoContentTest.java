package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo information pages as a reader sees them on a phone. */
class DemoContentTest {

    /** Digits, a plain hyphen, digits: a phone number a narrow screen may break in two. */
    private static final Pattern BREAKABLE_NUMBER = Pattern.compile("\\d+-\\d+");

    @Test
    void phoneNumbersInTheDemoPagesNeverBreakAtTheirHyphen() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/demo/R__demo_info.sql")) {
            assertNotNull(in, "expected the demo information pages on the classpath");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sql.contains("0900\u20118844"), "expected the police number written with a non-breaking hyphen");
        // what a reader never sees: the dates of the rows, the numbers dialled by tel: links and the old
        // texts an UPDATE replaces
        String shown = sql.replaceAll("DATE '[0-9-]+'", "").replaceAll("\\(tel:[^)]*\\)", "")
                .replaceAll("(?s)REPLACE\\(body, '(?:[^']|'')*',", "");
        Matcher number = BREAKABLE_NUMBER.matcher(shown);
        assertFalse(number.find(), () -> "expected every phone number shown to join its parts with a non-breaking"
                + " hyphen (U+2011), found " + number.group());
    }
}
