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
import java.time.Instant;
import java.util.Objects;

/**
 * A reply staff start an answer from, in one language, for one topic or (topic null) for every
 * topic. Written for everyone: it holds nothing about a person and is stored as it is.
 */
@Entity
@Table(name = "canned_reply")
@NamedQuery(name = CannedReply.ALL, query = "SELECT r FROM CannedReply r ORDER BY r.language, r.topic, r.title")
@NamedQuery(name = CannedReply.FOR_THREAD, query = "SELECT r FROM CannedReply r WHERE r.language = :language"
        + " AND (r.topic IS NULL OR r.topic = :topic) ORDER BY r.title")
public class CannedReply {

    public static final String ALL = "CannedReply.all";
    public static final String FOR_THREAD = "CannedReply.forThread";

    @Id
    @SequenceGenerator(name = "canned_reply", sequenceName = "canned_reply_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply")
    private Long id;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Topic topic;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CannedReply() {
    }

    public CannedReply(String language, Topic topic, String title, String body, Long staffId, Instant now) {
        change(language, topic, title, body, staffId, now);
    }

    public final void change(String newLanguage, Topic newTopic, String newTitle, String newBody, Long staffId,
            Instant now) {
        language = Objects.requireNonNull(newLanguage);
        topic = newTopic;
        title = Objects.requireNonNull(newTitle);
        body = Objects.requireNonNull(newBody);
        updatedBy = staffId;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    /** The topic it is for; null for every topic. */
    public Topic getTopic() {
        return topic;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
