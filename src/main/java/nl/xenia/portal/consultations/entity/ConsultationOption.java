package nl.xenia.portal.consultations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** An option of a choice question, at its place, with its label per language. */
@Entity
@Table(name = "consultation_option")
@NamedQuery(name = ConsultationOption.OF, query = "SELECT o FROM ConsultationOption o"
        + " WHERE o.questionId IN :questions ORDER BY o.questionId, o.position, o.id")
public class ConsultationOption {

    public static final String OF = "ConsultationOption.of";
    public static final int MAX_LABEL = 200;

    @Id
    @SequenceGenerator(name = "consultation_option", sequenceName = "consultation_option_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_option")
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_option_text", joinColumns = @JoinColumn(name = "option_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "label", nullable = false, length = MAX_LABEL)
    private Map<String, String> labels = new HashMap<>();

    protected ConsultationOption() {
    }

    public ConsultationOption(long questionId, int position, Map<String, String> labels) {
        this.questionId = questionId;
        this.position = position;
        relabel(labels);
    }

    public final void relabel(Map<String, String> newLabels) {
        labels.clear();
        labels.putAll(newLabels);
    }

    public Long getId() {
        return id;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public Map<String, String> getLabels() {
        return labels;
    }
}
