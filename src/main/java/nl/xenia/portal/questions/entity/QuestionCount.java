package nl.xenia.portal.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * What monitoring keeps of a deleted thread: the month it came in, its topic, language and
 * municipality, and how long the first answer took. No content, no code, no address, no date.
 */
@Entity
@Table(name = "question_count")
public class QuestionCount {

    @Id
    @SequenceGenerator(name = "question_count", sequenceName = "question_count_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_count")
    private Long id;

    @Column(name = "year_month", nullable = false, length = 7)
    private String yearMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "first_answer_seconds")
    private Long firstAnswerSeconds;

    protected QuestionCount() {
    }

    public QuestionCount(String yearMonth, Topic topic, String language, Long municipalityId,
            Long firstAnswerSeconds) {
        this.yearMonth = Objects.requireNonNull(yearMonth);
        this.topic = Objects.requireNonNull(topic);
        this.language = Objects.requireNonNull(language);
        this.municipalityId = municipalityId;
        this.firstAnswerSeconds = firstAnswerSeconds;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getLanguage() {
        return language;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

}
