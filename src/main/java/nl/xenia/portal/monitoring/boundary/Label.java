package nl.xenia.portal.monitoring.boundary;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A row's or column's name in a figure table, as the component knows it; the monitoring view and the reports render
 * it in the reader's office language.
 *
 * @param kind how {@code value} is read
 * @param value a bundle key, a text shown as it is (a municipality's name), a month ("2026-03"), a quarter
 *        ("2026-Q3") or a language code
 */
public record Label(Kind kind, String value) {

    public enum Kind {
        /** A bundle key (an enum label such as {@code QuestionTopic.HEALTH}, or an office text). */
        KEY,
        /** A name shown as it is, in every language (a municipality, a service's name). */
        TEXT,
        /** A month, "2026-03". */
        MONTH,
        /** A quarter, "2026-Q3". */
        QUARTER,
        /** A language, by its code ("ro"). */
        LANGUAGE
    }

    public Label {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
    }

    public static Label key(String bundleKey) {
        return new Label(Kind.KEY, bundleKey);
    }

    public static Label text(String text) {
        return new Label(Kind.TEXT, text);
    }

    public static Label month(YearMonth month) {
        return new Label(Kind.MONTH, month.toString());
    }

    public static Label quarter(int year, int quarter) {
        return new Label(Kind.QUARTER, year + "-Q" + quarter);
    }

    public static Label language(String code) {
        return new Label(Kind.LANGUAGE, code);
    }
}
