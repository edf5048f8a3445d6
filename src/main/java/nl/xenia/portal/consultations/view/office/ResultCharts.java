package nl.xenia.portal.consultations.view.office;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import nl.xenia.portal.consultations.boundary.StaffViews;

/**
 * A question's counts as the configuration of a Chart.js bar chart (PrimeFaces' {@code p:chart} takes it as JSON): one
 * bar per choice or scale value, a suppressed count drawn as no bar (its label says "< 5" instead), no legend, whole
 * numbers on the axis, no animation. Choices lie along the vertical axis (their labels may be long), a scale's values
 * along the horizontal one. Texts written by staff go into a script: every character that could end it is escaped.
 */
final class ResultCharts {

    private ResultCharts() {
    }

    /**
     * The chart of a question's counts; {@code labels} as the table reads them, {@code series} names the bars
     * ("Answers") for screen readers and the tooltip.
     */
    static String bar(List<StaffViews.ChoiceCount> choices, List<String> labels, String series, boolean horizontal,
            String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (StaffViews.ChoiceCount choice : choices) {
            if (choice.count().suppressed()) {
                data.addNull();
            } else {
                data.add(choice.count().value());
            }
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        String valueAxis = horizontal ? "x" : "y";
        JsonObject config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", series)
                                .add("data", data).add("backgroundColor", colour).add("maxBarThickness", 48))))
                .add("options", Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x")
                        .add("animation", false).add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add(valueAxis,
                                Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build();
        return scriptSafe(config.toString());
    }

    /**
     * JSON that can stand inside a script element: {@code <}, {@code >}, {@code &} and the line separators written as
     * escapes (they only occur inside strings, where the escape means the same).
     */
    static String scriptSafe(String json) {
        StringBuilder safe = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
