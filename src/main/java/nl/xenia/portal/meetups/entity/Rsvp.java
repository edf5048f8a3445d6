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

/**
 * A person's "I'll come". Nothing in it says who: the receipt code is kept only as a keyed hash, the nickname only
 * sealed to the organisation and to the code's key, a contact address only sealed to the organisation. While coming it
 * holds a place (1 … the meetup's capacity) that the database keeps unique; while waiting its turn is its id (ids are
 * given in the order the meetup's lock was held).
 */
@Entity
@Table(name = "meetup_rsvp")
@NamedQuery(name = Rsvp.BY_CODE, query = "SELECT r FROM Rsvp r WHERE r.codeHash = :hash ORDER BY r.id")
@NamedQuery(name = Rsvp.BY_FORM, query = "SELECT r FROM Rsvp r WHERE r.formTokenHash = :hash")
@NamedQuery(name = Rsvp.OF_MEETUP, query = "SELECT r FROM Rsvp r WHERE r.meetupId = :meetup ORDER BY r.id")
@NamedQuery(name = Rsvp.OF_MEETUP_WITH, query = "SELECT r FROM Rsvp r WHERE r.meetupId = :meetup"
        + " AND r.status = :status ORDER BY r.id")
@NamedQuery(name = Rsvp.COUNT_WITH, query = "SELECT r.meetupId, COUNT(r) FROM Rsvp r WHERE r.status = :status"
        + " AND r.meetupId IN :meetups GROUP BY r.meetupId")
@NamedQuery(name = Rsvp.COUNT_OF_MEETUPS_STARTING, query = "SELECT r.meetupId, r.waited, COUNT(r) FROM Rsvp r,"
        + " Meetup m WHERE m.id = r.meetupId AND m.startsAt >= :start AND m.startsAt < :end"
        + " GROUP BY r.meetupId, r.waited")
public class Rsvp {

    public static final String BY_CODE = "Rsvp.byCode";
    public static final String BY_FORM = "Rsvp.byForm";
    public static final String OF_MEETUP = "Rsvp.ofMeetup";
    public static final String OF_MEETUP_WITH = "Rsvp.ofMeetupWith";
    public static final String COUNT_WITH = "Rsvp.countWith";
    /**
     * For monitoring, counted by the database: the RSVPs (whatever their status now) of the occurrences starting from
     * {@code start} (included) to {@code end}, per occurrence and whether they were ever on the waiting list
     * ({@code Object[]} rows: meetup id, waited, count).
     */
    public static final String COUNT_OF_MEETUPS_STARTING = "Rsvp.countOfMeetupsStarting";

    @Id
    @SequenceGenerator(name = "meetup_rsvp", sequenceName = "meetup_rsvp_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup_rsvp")
    private Long id;

    @Column(name = "meetup_id", nullable = false)
    private long meetupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RsvpStatus status;

    /** The place held while coming; null while waiting or once left. */
    @Column
    private Integer place;

    /** Whether it was ever on the waiting list (monitoring counts it). */
    @Column(nullable = false)
    private boolean waited;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "form_token_hash", nullable = false, length = 64)
    private String formTokenHash;

    /** The language the person said they come in: notices are shown and mail is written in it. */
    @Column(name = "page_language", nullable = false, length = 8)
    private String pageLanguage;

    @Column(name = "person_text", nullable = false)
    private byte[] personText = new byte[0];

    @Column(name = "person_sealed", nullable = false)
    private byte[] personSealed = new byte[0];

    @Column(name = "person_for_code", nullable = false)
    private byte[] personForCode = new byte[0];

    @Column(name = "contact_text")
    private byte[] contactText;

    @Column(name = "contact_sealed")
    private byte[] contactSealed;

    /** A content-free mail queued for the day a place is freed for this waiting person: held until then. */
    @Column(name = "held_mail_id")
    private Long heldMailId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Rsvp() {
    }

    /** Coming on a place ({@code place} ≥ 1), or waiting ({@code place} 0). */
    public Rsvp(long meetupId, int place, String codeHash, String formTokenHash, String pageLanguage, Instant now) {
        this.meetupId = meetupId;
        this.status = place > 0 ? RsvpStatus.COMING : RsvpStatus.WAITING;
        this.place = place > 0 ? place : null;
        this.waited = place == 0;
        this.codeHash = Objects.requireNonNull(codeHash);
        this.formTokenHash = Objects.requireNonNull(formTokenHash);
        this.pageLanguage = Objects.requireNonNull(pageLanguage);
        this.createdAt = now;
        this.changedAt = now;
    }

    /** What the person wrote (the nickname), sealed to the organisation and to the code's key. */
    public void keepPerson(byte[] text, byte[] sealedKey, byte[] forCode) {
        personText = text.clone();
        personSealed = sealedKey.clone();
        personForCode = forCode.clone();
    }

    /** A contact address for a content-free mail, sealed to the organisation. */
    public void keepContact(byte[] text, byte[] sealedKey) {
        contactText = text.clone();
        contactSealed = sealedKey.clone();
    }

    /** The mail held for a promotion (null: none). */
    public void holdMail(Long mailId) {
        heldMailId = mailId;
    }

    /** From the waiting list onto a freed place. */
    public void promote(int freedPlace, Instant now) {
        if (status != RsvpStatus.WAITING) {
            throw new IllegalStateException("Only someone waiting gets a freed place");
        }
        status = RsvpStatus.COMING;
        place = freedPlace;
        promotedAt = now;
        changedAt = now;
    }

    /** The person cannot come after all: the place (or the turn) is free. */
    public void leave(Instant now) {
        if (status == RsvpStatus.LEFT) {
            throw new IllegalStateException("Already left");
        }
        status = RsvpStatus.LEFT;
        place = null;
        changedAt = now;
    }

    public String personContext() {
        return "meetup-rsvp:" + id;
    }

    public String contactContext() {
        return "meetup-rsvp-contact:" + id;
    }

    public Long getId() {
        return id;
    }

    public long getMeetupId() {
        return meetupId;
    }

    public RsvpStatus getStatus() {
        return status;
    }

    public Integer getPlace() {
        return place;
    }

    public boolean isWaited() {
        return waited;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public String getPageLanguage() {
        return pageLanguage;
    }

    public byte[] getPersonText() {
        return personText.clone();
    }

    public byte[] getPersonSealed() {
        return personSealed.clone();
    }

    public byte[] getPersonForCode() {
        return personForCode.clone();
    }

    public byte[] getContactText() {
        return contactText == null ? null : contactText.clone();
    }

    public byte[] getContactSealed() {
        return contactSealed == null ? null : contactSealed.clone();
    }

    public Long getHeldMailId() {
        return heldMailId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
