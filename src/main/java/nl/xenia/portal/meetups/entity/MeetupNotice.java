package nl.xenia.portal.meetups.entity;

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

/** What changed of an occurrence after people said they come: they see it with their code. */
@Entity
@Table(name = "meetup_notice")
@NamedQuery(name = MeetupNotice.OF_MEETUP, query = "SELECT n FROM MeetupNotice n WHERE n.meetupId = :meetup"
        + " ORDER BY n.id")
public class MeetupNotice {

    public static final String OF_MEETUP = "MeetupNotice.ofMeetup";

    @Id
    @SequenceGenerator(name = "meetup_notice", sequenceName = "meetup_notice_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup_notice")
    private Long id;

    @Column(name = "meetup_id", nullable = false)
    private long meetupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoticeKind kind;

    @Column(name = "reason_id")
    private Long reasonId;

    /** For a move: when it was to start before. */
    @Column(name = "previous_starts_at")
    private Instant previousStartsAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetupNotice() {
    }

    public MeetupNotice(long meetupId, NoticeKind kind, Long reasonId, Instant previousStartsAt, Instant now) {
        this.meetupId = meetupId;
        this.kind = Objects.requireNonNull(kind);
        this.reasonId = reasonId;
        this.previousStartsAt = previousStartsAt;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMeetupId() {
        return meetupId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public Long getReasonId() {
        return reasonId;
    }

    public Instant getPreviousStartsAt() {
        return previousStartsAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
