package nl.xenia.portal.monitoring.view.office;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.control.ChartPalette;

/**
 * A published table as the configuration of a Chart.js bar chart (PrimeFaces' {@code p:chart} takes it as JSON, and
 * renders it with the page's script nonce): a dataset per row in the rows' colours, a bar per time column, stacked or
 * side by side as the table says; a cell shown as "&lt; 5" or "×" is a gap (null), never a value — a hidden cell has
 * none to give. The legend below, whole numbers on the axis, no animation. Labels go into a script: every character
 * that could end it is escaped.
 */
final class MonitoringCharts {

    private MonitoringCharts() {
    }

    /** The chart of a table, its rows and columns named as the table on the page names them. */
    static String chart(PublishedTable table, List<String> rows, List<String> columns) {
        boolean stacked = table.chart() == FigureTable.Chart.STACKED_BARS;
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int r = 0; r < rows.size(); r++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (PublishedTable.Cell cell : table.cells().get(r)) {
                if (cell.visible()) {
                    data.add(cell.value());
                } else {
                    data.addNull();
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", rows.get(r)).add("data", data)
                    .add("backgroundColor", ChartPalette.hex(r)).add("maxBarThickness", 56));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        columns.forEach(labels::add);
        JsonObject config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build();
        return scriptSafe(config.toString());
    }

    /**
     * JSON that can stand inside a script element: {@code <}, {@code >}, {@code &} and the line separators written as
     * escapes (they only occur inside strings, where the escape means the same).
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
