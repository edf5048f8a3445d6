package nl.xenia.portal.appointments.entity;

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
 * An appointment. Nothing in it says who booked: the receipt code is kept only as a keyed hash (the same hash as the
 * person's questions when they joined them), what the person wrote (nickname, note, interpreter's language) only
 * sealed to the organisation and to the code's key, a contact address and staff's internal note only sealed to the
 * organisation. While it is open it holds a seat (1 … the service's capacity) of its time: the database refuses a
 * second appointment on the same seat, so a time is never given twice.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.BY_CODE, query = "SELECT a FROM Appointment a WHERE a.codeHash = :hash"
        + " ORDER BY a.startsAt")
@NamedQuery(name = Appointment.BY_FORM, query = "SELECT a FROM Appointment a WHERE a.formTokenHash = :hash")
@NamedQuery(name = Appointment.TAKEN, query = "SELECT a FROM Appointment a WHERE a.serviceId = :service"
        + " AND a.placeId = :place AND a.seat IS NOT NULL AND a.startsAt < :until AND a.endsAt > :from")
@NamedQuery(name = Appointment.BETWEEN, query = "SELECT a FROM Appointment a WHERE a.startsAt < :until"
        + " AND a.endsAt > :from ORDER BY a.startsAt")
@NamedQuery(name = Appointment.ENDED_BEFORE, query = "SELECT a FROM Appointment a WHERE a.endsAt < :before"
        + " ORDER BY a.endsAt")
@NamedQuery(name = Appointment.DELETE, query = "DELETE FROM Appointment a WHERE a.id = :id")
@NamedQuery(name = Appointment.COUNT_STATUS, query = "SELECT COUNT(a) FROM Appointment a WHERE a.status = :status")
@NamedQuery(name = Appointment.COUNT_OPEN_BETWEEN, query = "SELECT COUNT(a) FROM Appointment a WHERE a.seat IS NOT NULL"
        + " AND a.startsAt >= :from AND a.startsAt < :until")
@NamedQuery(name = Appointment.FACTS_STARTING, query = "SELECT a.startsAt, a.serviceId, p.kind, a.language,"
        + " a.interpreterWanted, a.status FROM Appointment a, Place p WHERE p.id = a.placeId"
        + " AND a.startsAt >= :start AND a.startsAt < :end")
public class Appointment {

    public static final String BY_CODE = "Appointment.byCode";
    public static final String BY_FORM = "Appointment.byForm";
    public static final String TAKEN = "Appointment.taken";
    public static final String BETWEEN = "Appointment.between";
    public static final String ENDED_BEFORE = "Appointment.endedBefore";
    public static final String DELETE = "Appointment.delete";
    public static final String COUNT_STATUS = "Appointment.countStatus";
    public static final String COUNT_OPEN_BETWEEN = "Appointment.countOpenBetween";
    /**
     * For monitoring, of the appointments whose time starts from {@code start} (included) to {@code end}: when each
     * starts, its service, the kind of its place, its language, whether an interpreter was wanted and its status
     * ({@code Object[]} rows), never content.
     */
    public static final String FACTS_STARTING = "Appointment.factsStarting";

    @Id
    @SequenceGenerator(name = "appointment", sequenceName = "appointment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment")
    private Long id;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The seat of its time while open; null once declined, cancelled, attended or missed. */
    @Column(name = "seat")
    private Integer seat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "form_token_hash", nullable = false, length = 64)
    private String formTokenHash;

    /** The language the person booked in: the reason for a cancellation is shown in it, mail is written in it. */
    @Column(name = "page_language", nullable = false, length = 8)
    private String pageLanguage;

    /** The language of the conversation. */
    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "interpreter_wanted", nullable = false)
    private boolean interpreterWanted;

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

    @Column(name = "note_text")
    private byte[] noteText;

    @Column(name = "note_sealed")
    private byte[] noteSealed;

    @Column(name = "cancel_reason_id")
    private Long cancelReasonId;

    @Column(name = "booked_by_staff", nullable = false)
    private boolean bookedByStaff;

    /** The outbox mail that reminds the person the day before, while it waits. */
    @Column(name = "reminder_mail_id")
    private Long reminderMailId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Appointment() {
    }

    /** A new appointment on a seat of a time: requested when staff confirm first, else confirmed. */
    public Appointment(Booking booking, String codeHash, String formTokenHash, Instant now) {
        this.serviceId = booking.serviceId();
        this.placeId = booking.placeId();
        this.startsAt = Objects.requireNonNull(booking.startsAt());
        this.endsAt = Objects.requireNonNull(booking.endsAt());
        this.seat = booking.seat();
        this.status = booking.confirmFirst() ? AppointmentStatus.REQUESTED : AppointmentStatus.CONFIRMED;
        this.pageLanguage = Objects.requireNonNull(booking.pageLanguage());
        this.language = Objects.requireNonNull(booking.language());
        this.interpreterWanted = booking.interpreterWanted();
        this.bookedByStaff = booking.byStaff();
        this.codeHash = Objects.requireNonNull(codeHash);
        this.formTokenHash = Objects.requireNonNull(formTokenHash);
        this.createdAt = now;
        this.changedAt = now;
    }

    /** What a new appointment is: where, when, on which seat, in which languages, booked by whom. */
    public record Booking(long serviceId, long placeId, Instant startsAt, Instant endsAt, int seat,
            boolean confirmFirst, String pageLanguage, String language, boolean interpreterWanted, boolean byStaff) {
    }

    /** What the person wrote, sealed (to the organisation and to the code's key). */
    public void keepPerson(byte[] text, byte[] sealedKey, byte[] forCode) {
        personText = text.clone();
        personSealed = sealedKey.clone();
        personForCode = forCode.clone();
    }

    /** A contact address for the reminder, sealed to the organisation. */
    public void keepContact(byte[] text, byte[] sealedKey) {
        contactText = text.clone();
        contactSealed = sealedKey.clone();
    }

    /** Staff's internal note, sealed to the organisation; null removes it. */
    public void keepNote(byte[] text, byte[] sealedKey, Instant now) {
        noteText = text == null ? null : text.clone();
        noteSealed = sealedKey == null ? null : sealedKey.clone();
        changedAt = now;
    }

    /** To another time (and seat): only while open. */
    public void move(Instant start, Instant end, int newSeat, Instant now) {
        requireOpen();
        startsAt = start;
        endsAt = end;
        seat = newSeat;
        changedAt = now;
    }

    public void confirm(Instant now) {
        if (status != AppointmentStatus.REQUESTED) {
            throw new IllegalStateException("Only a request can be confirmed");
        }
        status = AppointmentStatus.CONFIRMED;
        changedAt = now;
    }

    /** Ends it: declined, cancelled (by the person, or by Xenia with a reason), attended or missed; the seat is free. */
    public void end(AppointmentStatus outcome, Long reasonId, Instant now) {
        requireOpen();
        if (outcome.isOpen()) {
            throw new IllegalArgumentException("An appointment ends in a closed state");
        }
        if (outcome == AppointmentStatus.DECLINED && status != AppointmentStatus.REQUESTED) {
            throw new IllegalStateException("Only a request can be declined");
        }
        status = outcome;
        seat = null;
        cancelReasonId = outcome == AppointmentStatus.CANCELLED_BY_XENIA || outcome == AppointmentStatus.DECLINED
                ? reasonId
                : null;
        changedAt = now;
    }

    /** The reminder queued in the outbox (null: none). */
    public void remindBy(Long mailId) {
        reminderMailId = mailId;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("The appointment is no longer open");
        }
    }

    /** The seal's context of what the person wrote: bound to this appointment. */
    public String personContext() {
        return "appointment:" + id;
    }

    public String contactContext() {
        return "appointment-contact:" + id;
    }

    public String noteContext() {
        return "appointment-note:" + id;
    }

    public Long getId() {
        return id;
    }

    public long getServiceId() {
        return serviceId;
    }

    public long getPlaceId() {
        return placeId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Integer getSeat() {
        return seat;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public String getPageLanguage() {
        return pageLanguage;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isInterpreterWanted() {
        return interpreterWanted;
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

    public byte[] getNoteText() {
        return noteText == null ? null : noteText.clone();
    }

    public byte[] getNoteSealed() {
        return noteSealed == null ? null : noteSealed.clone();
    }

    public Long getCancelReasonId() {
        return cancelReasonId;
    }

    public boolean isBookedByStaff() {
        return bookedByStaff;
    }

    public Long getReminderMailId() {
        return reminderMailId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
