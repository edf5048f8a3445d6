package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form fields are read strictly, and a failure names no content. */
class FormFieldsTest {

    @Test
    void aFormIsReadInOrderWithRepeatsAndEmptyValues() throws Exception {
        Map<String, List<String>> fields = FormFields.parse("a=1&b=%C8%99&a=2&flag&&c=", StandardCharsets.UTF_8, 10);
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of("ș"), "flag", List.of(""), "c", List.of("")), fields,
                "expected every field decoded, repeats kept, empty pairs skipped");
    }

    @Test
    void malformedEscapesAreUnreadableAndNotEchoed() {
        FormFields.Unreadable failure = assertThrows(FormFields.Unreadable.class,
                () -> FormFields.parse("code=%zz%&&&=%", StandardCharsets.UTF_8, 10),
                "expected a malformed escape refused");
        assertFalse(failure.getMessage().contains("%zz"), "expected no content in the reason");
        assertThrows(FormFields.Unreadable.class, () -> FormFields.parse("a=%", StandardCharsets.UTF_8, 10),
                "expected a trailing % refused");
    }

    @Test
    void tooManyFieldsAreUnreadable() {
        assertThrows(FormFields.Unreadable.class,
                () -> FormFields.parse("x=1&".repeat(11), StandardCharsets.UTF_8, 10), "expected 11 fields refused");
    }
}
