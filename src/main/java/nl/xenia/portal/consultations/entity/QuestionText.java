package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A question's text in one language, and for a scale the words at both ends. */
@Embeddable
public class QuestionText {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_SCALE_WORD = 80;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "scale_low", length = MAX_SCALE_WORD)
    private String scaleLow;

    @Column(name = "scale_high", length = MAX_SCALE_WORD)
    private String scaleHigh;

    protected QuestionText() {
    }

    public QuestionText(String text, String scaleLow, String scaleHigh) {
        this.text = Objects.requireNonNull(text);
        this.scaleLow = scaleLow;
        this.scaleHigh = scaleHigh;
    }

    public String getText() {
        return text;
    }

    public String getScaleLow() {
        return scaleLow;
    }

    public String getScaleHigh() {
        return scaleHigh;
    }
}
