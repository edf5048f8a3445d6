package nl.xenia.portal.consultations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A question of a consultation, at its place in the order, with its texts per language. */
@Entity
@Table(name = "consultation_question")
@NamedQuery(name = ConsultationQuestion.OF, query = "SELECT q FROM ConsultationQuestion q"
        + " WHERE q.consultationId = :consultation ORDER BY q.position, q.id")
public class ConsultationQuestion {

    public static final String OF = "ConsultationQuestion.of";

    @Id
    @SequenceGenerator(name = "consultation_question", sequenceName = "consultation_question_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_question")
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionKind kind;

    @Column(nullable = false)
    private boolean required;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_question_text", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, QuestionText> texts = new HashMap<>();

    protected ConsultationQuestion() {
    }

    public ConsultationQuestion(long consultationId, int position, QuestionKind kind, boolean required,
            Map<String, QuestionText> texts) {
        this.consultationId = consultationId;
        change(position, kind, required, texts);
    }

    public final void change(int newPosition, QuestionKind newKind, boolean isRequired,
            Map<String, QuestionText> newTexts) {
        this.position = newPosition;
        this.kind = Objects.requireNonNull(newKind);
        this.required = isRequired;
        this.texts.clear();
        this.texts.putAll(newTexts);
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public Map<String, QuestionText> getTexts() {
        return texts;
    }
}
