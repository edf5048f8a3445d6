package nl.xenia.portal.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * What monitoring keeps of a deleted thread: the month it came in, its topic, language and
 * municipality, how long the first answer took and whether that was within the target. No content, no code, no
 * address, no date.
 */
@NamedQuery(name = QuestionCount.IN_MONTHS, query = "SELECT c FROM QuestionCount c WHERE c.yearMonth >= :first"
        + " AND c.yearMonth <= :last")
@Entity
@Table(name = "question_count")
public class QuestionCount {

    /** The counts of threads that came in from month {@code first} to {@code last} ("2026-01"), both included. */
    public static final String IN_MONTHS = "QuestionCount.inMonths";

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

    @Column(name = "answered_in_time")
    private Boolean answeredInTime;

    protected QuestionCount() {
    }

    public QuestionCount(String yearMonth, Topic topic, String language, Long municipalityId,
            Long firstAnswerSeconds, boolean answeredInTime) {
        this.yearMonth = Objects.requireNonNull(yearMonth);
        this.topic = Objects.requireNonNull(topic);
        this.language = Objects.requireNonNull(language);
        this.municipalityId = municipalityId;
        this.firstAnswerSeconds = firstAnswerSeconds;
        this.answeredInTime = answeredInTime;
    }

    public String getYearMonth() {
        return yearMonth;
    }

    /** Seconds from the question to the first answer; null when it was never answered. */
    public Long getFirstAnswerSeconds() {
        return firstAnswerSeconds;
    }

    /** Whether the first answer came within the target; null for a count written before this was kept. */
    public Boolean getAnsweredInTime() {
        return answeredInTime;
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
