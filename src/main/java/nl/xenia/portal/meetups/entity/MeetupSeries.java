package nl.xenia.portal.meetups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A series groups the occurrences of a repeating meetup; each occurrence keeps its own places and RSVPs. */
@Entity
@Table(name = "meetup_series")
public class MeetupSeries {

    @Id
    @SequenceGenerator(name = "meetup_series", sequenceName = "meetup_series_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup_series")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Repetition repetition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetupSeries() {
    }

    public MeetupSeries(Repetition repetition, Instant now) {
        this.repetition = Objects.requireNonNull(repetition);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Repetition getRepetition() {
        return repetition;
    }
}
