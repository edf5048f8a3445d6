package nl.xenia.portal.monitoring.boundary;

import java.util.Objects;

/**
 * One figure that is not a count (a median, a share), computed by the component from its counts, with the number of
 * items it rests on; monitoring hides it when fewer than five items make it up.
 *
 * @param id stable within the report ("questions-first-answer-median")
 * @param labelKey the office bundle key naming it
 * @param value the figure, in its unit
 * @param unit how the value reads
 * @param basis how many counted items make it up
 */
public record Statistic(String id, String labelKey, double value, Unit unit, long basis) {

    public enum Unit {
        HOURS, PERCENT
    }

    public Statistic {
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(unit);
    }
}
