package nl.xenia.portal.meetups.entity;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why Xenia cancels or moves a meetup, as the people who come read it: a text kept per language by staff (the person sees it in
 * the language they said they come in, else English, else Dutch).
 */
@Entity
@Table(name = "meetup_reason")
@NamedQuery(name = MeetupReason.ALL, query = "SELECT r FROM MeetupReason r ORDER BY r.active DESC, r.id")
public class MeetupReason {

    public static final String ALL = "MeetupReason.all";

    public static final int MAX_TEXT = 500;

    @Id
    @SequenceGenerator(name = "meetup_reason", sequenceName = "meetup_reason_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup_reason")
    private Long id;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meetup_reason_text", joinColumns = @JoinColumn(name = "reason_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "text", length = MAX_TEXT, nullable = false)
    private Map<String, String> texts = new HashMap<>();

    protected MeetupReason() {
    }

    public MeetupReason(Instant now) {
        this.createdAt = now;
    }

    /** The text in a language; blank removes the language. */
    public void write(String language, String text) {
        if (text == null || text.isBlank()) {
            texts.remove(language);
        } else {
            texts.put(language, text.strip());
        }
    }

    public void activate(boolean active) {
        this.active = active;
    }

    /** In the language asked for, else English, else Dutch, else any. */
    public Optional<String> text(String language) {
        for (String candidate : new String[]{language, "en", "nl"}) {
            if (texts.containsKey(candidate)) {
                return Optional.of(texts.get(candidate));
            }
        }
        return texts.values().stream().findFirst();
    }

    public Long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public Map<String, String> getTexts() {
        return Map.copyOf(texts);
    }
}
