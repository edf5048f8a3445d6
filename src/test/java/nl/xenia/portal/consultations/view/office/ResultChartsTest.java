package nl.xenia.portal.consultations.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.consultations.entity.QuestionKind;
import org.junit.jupiter.api.Test;

/** A question's chart: the counts as bars, a suppressed one as no bar, and staff's texts unable to end the script. */
class ResultChartsTest {

    @Test
    void aSuppressedCountIsNoBarAndTheOthersAreTheirValues() {
        String chart = ResultCharts.bar(List.of(count("Maandag", 7, false), count("Woensdag", 0, true)),
                List.of("Maandag", "Woensdag (< 5)"), "Answers", true, "#5b2c83");
        JsonObject config = Json.createReader(new StringReader(chart)).readObject();
        assertEquals("bar", config.getString("type"));
        var data = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertEquals(7, data.getInt(0), "expected the count shown as its bar");
        assertTrue(data.isNull(1), "expected a suppressed count drawn as no bar (not as its hidden value)");
        assertEquals(List.of("Maandag", "Woensdag (< 5)"),
                config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList(),
                "expected the labels as given, '<' read back from its escape");
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"), "expected choices along y");
    }

    @Test
    void stafsTextsCannotEndTheScriptTheChartStandsIn() {
        String chart = ResultCharts.bar(List.of(count("</script><script>alert(1)</script>", 5, false)),
                List.of("</script><script>alert(1)</script> & \u2028"), "Answers", false, "#5b2c83");
        assertFalse(chart.contains("<") || chart.contains(">") || chart.contains("&") || chart.contains("\u2028"),
                "expected no character that could end or break the script: " + chart);
        assertEquals("</script><script>alert(1)</script> & \u2028",
                Json.createReader(new StringReader(chart)).readObject().getJsonObject("data").getJsonArray("labels")
                        .getString(0),
                "expected the escapes to read back as the text");
    }

    @Test
    void optionsAreOnePerLineWithoutBlankLinesOrSpaces() {
        assertEquals(List.of("Informatie", "Een gesprek", "Hulp"),
                EditedQuestion.lines("Informatie\r\n\n  Een gesprek  \nHulp\n"));
        EditedQuestion question = new EditedQuestion(null, QuestionKind.OPEN, true);
        question.put("nl", new EditedQuestion.Typed("Vraag", "a\nb", "laag", "hoog"));
        question.put("en", new EditedQuestion.Typed("", "", "", ""));
        StaffViews.QuestionDraft draft = question.toDraft();
        assertEquals(List.of("nl"), List.copyOf(draft.texts().keySet()), "expected a language left empty left out");
        assertEquals(List.of(), draft.texts().get("nl").options(), "expected no options for an open question");
        assertEquals(null, draft.texts().get("nl").scaleLow(), "expected no scale words for an open question");
        question.setKind(QuestionKind.SCALE);
        assertEquals("hoog", question.toDraft().texts().get("nl").scaleHigh(), "expected the words of a scale");
    }

    private static StaffViews.ChoiceCount count(String label, long value, boolean suppressed) {
        return new StaffViews.ChoiceCount(label, new StaffViews.Count(value, suppressed));
    }
}
