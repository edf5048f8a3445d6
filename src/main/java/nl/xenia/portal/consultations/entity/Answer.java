package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One answer in a set: an option chosen (one row per option), a scale value, or an open text sealed to the
 * organisation's key (bound to the answer's random id).
 */
@Entity
@Table(name = "consultation_answer")
@NamedQuery(name = Answer.OPTION_COUNTS, query = "SELECT a.optionId, COUNT(a) FROM Answer a, AnswerSet s"
        + " WHERE s.id = a.answerSetId AND s.consultationId = :consultation AND a.optionId IS NOT NULL"
        + " GROUP BY a.optionId")
@NamedQuery(name = Answer.SCALE_COUNTS, query = "SELECT a.questionId, a.scale, COUNT(a) FROM Answer a, AnswerSet s"
        + " WHERE s.id = a.answerSetId AND s.consultationId = :consultation AND a.scale IS NOT NULL"
        + " GROUP BY a.questionId, a.scale")
@NamedQuery(name = Answer.TEXT_COUNTS, query = "SELECT a.questionId, COUNT(a) FROM Answer a, AnswerSet s"
        + " WHERE s.id = a.answerSetId AND s.consultationId = :consultation AND a.textSealed IS NOT NULL"
        + " GROUP BY a.questionId")
@NamedQuery(name = Answer.TEXTS, query = "SELECT a, s.memberId FROM Answer a, AnswerSet s"
        + " WHERE s.id = a.answerSetId AND s.consultationId = :consultation AND a.textSealed IS NOT NULL"
        + " ORDER BY a.questionId, a.id")
@NamedQuery(name = Answer.DELETE_OF_SET, query = "DELETE FROM Answer a WHERE a.answerSetId = :set")
public class Answer {

    public static final String OPTION_COUNTS = "Answer.optionCounts";
    public static final String SCALE_COUNTS = "Answer.scaleCounts";
    public static final String TEXT_COUNTS = "Answer.textCounts";
    public static final String TEXTS = "Answer.texts";
    public static final String DELETE_OF_SET = "Answer.deleteOfSet";
    public static final int MAX_TEXT = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "answer_set_id", nullable = false, length = 36)
    private String answerSetId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "option_id")
    private Long optionId;

    private Integer scale;

    @Column(name = "text_sealed")
    private byte[] textSealed;

    @Column(name = "text_for_org")
    private byte[] textForOrg;

    protected Answer() {
    }

    private Answer(String answerSetId, long questionId) {
        this.id = UUID.randomUUID().toString();
        this.answerSetId = answerSetId;
        this.questionId = questionId;
    }

    public static Answer option(String answerSetId, long questionId, long optionId) {
        Answer answer = new Answer(answerSetId, questionId);
        answer.optionId = optionId;
        return answer;
    }

    public static Answer scale(String answerSetId, long questionId, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("A scale runs from 1 to 5");
        }
        Answer answer = new Answer(answerSetId, questionId);
        answer.scale = value;
        return answer;
    }

    /** An open answer; its text is sealed afterwards, bound to {@link #textContext()}. */
    public static Answer open(String answerSetId, long questionId) {
        return new Answer(answerSetId, questionId);
    }

    public void sealed(byte[] ciphertext, byte[] forOrganisation) {
        textSealed = ciphertext.clone();
        textForOrg = forOrganisation.clone();
    }

    public String textContext() {
        return "consultation-answer:" + id;
    }

    public String getId() {
        return id;
    }

    public String getAnswerSetId() {
        return answerSetId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Long getOptionId() {
        return optionId;
    }

    public Integer getScale() {
        return scale;
    }

    public byte[] getTextSealed() {
        return textSealed == null ? null : textSealed.clone();
    }

    public byte[] getTextForOrg() {
        return textForOrg == null ? null : textForOrg.clone();
    }
}
