package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A consultation's title and background (Markdown) in one language, and its outcome's three parts once written. */
@Embeddable
public class ConsultationText {

    public static final int MAX_TITLE = 160;
    public static final int MAX_TEXT = 20000;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_TEXT)
    private String background;

    @Column(name = "outcome_said", length = MAX_TEXT)
    private String outcomeSaid;

    @Column(name = "outcome_did", length = MAX_TEXT)
    private String outcomeDid;

    @Column(name = "outcome_not_did", length = MAX_TEXT)
    private String outcomeNotDid;

    protected ConsultationText() {
    }

    public ConsultationText(String title, String background) {
        this.title = Objects.requireNonNull(title);
        this.background = Objects.requireNonNull(background);
    }

    /** The same text with the outcome's parts (null for a part not written). */
    public ConsultationText withOutcome(String said, String did, String notDid) {
        ConsultationText text = new ConsultationText(title, background);
        text.outcomeSaid = said;
        text.outcomeDid = did;
        text.outcomeNotDid = notDid;
        return text;
    }

    public String getTitle() {
        return title;
    }

    public String getBackground() {
        return background;
    }

    public String getOutcomeSaid() {
        return outcomeSaid;
    }

    public String getOutcomeDid() {
        return outcomeDid;
    }

    public String getOutcomeNotDid() {
        return outcomeNotDid;
    }
}
