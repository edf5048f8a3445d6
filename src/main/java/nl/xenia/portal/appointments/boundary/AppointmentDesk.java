package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.AppointmentStatus;
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * The staff's side of appointments: the calendar (no content), one appointment opened in a staff session (what the
 * person wrote; recorded in the audit log), confirming or declining a request, marking attended or no-show,
 * cancelling with a reason the person reads in their language, the internal note, and booking on behalf of someone
 * (the new code is shown to the member to hand over). The person hears of a change by a mail without content when
 * they left an address. Every change is one entry in the audit log.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class AppointmentDesk {

    public static final AuditAction APPOINTMENT_CONFIRMED = new AuditAction("APPOINTMENT_CONFIRMED");
    public static final AuditAction APPOINTMENT_DECLINED = new AuditAction("APPOINTMENT_DECLINED");
    public static final AuditAction APPOINTMENT_CANCELLED = new AuditAction("APPOINTMENT_CANCELLED");
    public static final AuditAction APPOINTMENT_ATTENDED = new AuditAction("APPOINTMENT_ATTENDED");
    public static final AuditAction APPOINTMENT_NO_SHOW = new AuditAction("APPOINTMENT_NO_SHOW");
    public static final AuditAction APPOINTMENT_NOTE_WRITTEN = new AuditAction("APPOINTMENT_NOTE_WRITTEN");
    public static final AuditAction APPOINTMENT_BOOKED_FOR = new AuditAction("APPOINTMENT_BOOKED_FOR");

    /** The audit log's subject type of an appointment (and the seal context's prefix). */
    static final String SUBJECT = "appointment";

    /** The longest internal note. */
    public static final int MAX_NOTE = 4000;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganisationKeys keys;

    @Inject
    Receipts receipts;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    Appointments appointments;

    @Inject
    Openings openings;

    /** An appointment in the calendar: no content. */
    public record Entry(long id, long serviceId, String service, long placeId, String place, PlaceKind kind,
            Instant start, Instant end, AppointmentStatus status, String language, boolean interpreterWanted,
            boolean bookedByStaff, Instant changedAt) {
    }

    /** An appointment opened by staff: what the person wrote, the internal note, and whether they left an address. */
    public record Opened(Entry entry, String nickname, String interpreterLanguage, String note, String internalNote,
            boolean contact, String reason) {
    }

    /** A reason to cancel, in the office's language. */
    public record Reason(long id, String text) {
    }

    /** A booking made on behalf of someone: the code to hand over (shown once) and the appointment. */
    public record BookedFor(String code, Entry entry) {
    }

    /** What a member books on behalf of someone (no contact address: the person holds the code). */
    public record OnBehalf(long serviceId, long placeId, Instant start, String nickname, String language,
            String interpreterLanguage, String note, String officeLanguage) {
    }

    /** The appointments whose time overlaps [from, until), of one place and one service when given. */
    @Transactional(TxType.SUPPORTS)
    public List<Entry> calendar(SignedIn member, Instant from, Instant until, Long placeId, Long serviceId,
            String language) {
        return em.createNamedQuery(Appointment.BETWEEN, Appointment.class).setParameter("from", from)
                .setParameter("until", until).getResultStream()
                .filter(it -> placeId == null || it.getPlaceId() == placeId)
                .filter(it -> serviceId == null || it.getServiceId() == serviceId)
                .map(it -> entry(it, language)).toList();
    }

    /** How many requests wait for a confirmation. */
    @Transactional(TxType.SUPPORTS)
    public long requests(SignedIn member) {
        return em.createNamedQuery(Appointment.COUNT_STATUS, Long.class)
                .setParameter("status", AppointmentStatus.REQUESTED).getSingleResult();
    }

    /** How many open appointments are today (Europe/Amsterdam). */
    @Transactional(TxType.SUPPORTS)
    public long today(SignedIn member) {
        LocalDate today = clock.instant().atZone(Openings.ZONE).toLocalDate();
        return em.createNamedQuery(Appointment.COUNT_OPEN_BETWEEN, Long.class)
                .setParameter("from", today.atStartOfDay(Openings.ZONE).toInstant())
                .setParameter("until", today.plusDays(1).atStartOfDay(Openings.ZONE).toInstant()).getSingleResult();
    }

    /** One appointment without its content (for a page's heading); empty when it is gone. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Entry> entry(SignedIn member, long id, String language) {
        return Optional.ofNullable(em.find(Appointment.class, id)).map(it -> entry(it, language));
    }

    /** One appointment with what the person wrote: opened with the session's key, recorded in the audit log. */
    @Transactional
    public Optional<Opened> open(SignedIn member, long id, String language) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            return Optional.empty();
        }
        List<Sealed> sealed = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        sealed.add(new Sealed(appointment.getPersonText(), appointment.getPersonSealed(), null));
        contexts.add(appointment.personContext());
        if (appointment.getNoteText() != null) {
            sealed.add(new Sealed(appointment.getNoteText(), appointment.getNoteSealed(), null));
            contexts.add(appointment.noteContext());
        }
        List<String> texts;
        try {
            texts = keys.openAll(sealed, contexts, member.key(), member.username(), appointment.personContext());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An appointment did not open with the organisation's key", unreadable);
        }
        Appointments.PersonDetails details = Appointments.JSON.fromJson(texts.get(0),
                Appointments.PersonDetails.class);
        return Optional.of(new Opened(entry(appointment, language), details.nickname(),
                details.interpreterLanguage(), details.note(), texts.size() > 1 ? texts.get(1) : null,
                appointment.getContactText() != null, reason(appointment, language)));
    }

    /** Confirms a request; the person hears there is something new. */
    @Transactional
    public void confirm(SignedIn member, long id) {
        Appointment appointment = found(id);
        if (appointment.getStatus() != AppointmentStatus.REQUESTED) {
            throw new AppointmentException(AppointmentException.Problem.CLOSED);
        }
        appointment.confirm(clock.instant());
        auditLog.record(member.username(), APPOINTMENT_CONFIRMED, SUBJECT, id);
        tell(member, appointment);
    }

    /** Declines a request (with a reason the person reads, or none); the time is free again. */
    @Transactional
    public void decline(SignedIn member, long id, Long reasonId) {
        Appointment appointment = found(id);
        if (appointment.getStatus() != AppointmentStatus.REQUESTED) {
            throw new AppointmentException(AppointmentException.Problem.CLOSED);
        }
        end(member, appointment, AppointmentStatus.DECLINED, checkedReason(reasonId, false), APPOINTMENT_DECLINED);
    }

    /** Cancels an open appointment with a reason the person reads in their language; the time is free again. */
    @Transactional
    public void cancel(SignedIn member, long id, Long reasonId) {
        end(member, found(id), AppointmentStatus.CANCELLED_BY_XENIA, checkedReason(reasonId, true),
                APPOINTMENT_CANCELLED);
    }

    /** Marks an open appointment whose time has begun as attended, or as missed. */
    @Transactional
    public void mark(SignedIn member, long id, boolean attended) {
        Appointment appointment = found(id);
        if (appointment.getStartsAt().isAfter(clock.instant())) {
            throw new AppointmentException(AppointmentException.Problem.NOT_YET);
        }
        appointment.end(attended ? AppointmentStatus.ATTENDED : AppointmentStatus.NO_SHOW, null, clock.instant());
        appointments.withdrawReminder(appointment);
        auditLog.record(member.username(), attended ? APPOINTMENT_ATTENDED : APPOINTMENT_NO_SHOW, SUBJECT, id);
    }

    /** Writes (or, blank, removes) the internal note: sealed to the organisation only, never shown to the person. */
    @Transactional
    public void note(SignedIn member, long id, String text) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            throw new AppointmentException(AppointmentException.Problem.GONE);
        }
        String note = Appointments.text(text, MAX_NOTE, true, "note");
        if (note == null) {
            appointment.keepNote(null, null, clock.instant());
        } else {
            Sealed sealed = keys.seal(note, appointment.noteContext(), Optional.empty());
            appointment.keepNote(sealed.ciphertext(), sealed.forOrganisation(), clock.instant());
        }
        auditLog.record(member.username(), APPOINTMENT_NOTE_WRITTEN, SUBJECT, id);
    }

    /**
     * Books on behalf of someone (at an outreach visit): the minimum notice does not hold for staff, every other rule
     * does; a new code is made, to show once to the member who hands it over.
     */
    @Transactional
    public BookedFor bookFor(SignedIn member, OnBehalf request) {
        Appointments.PersonDetails details = appointments.checked(new Appointments.Request(request.serviceId(),
                request.placeId(), request.start(), request.nickname(), request.language(),
                request.interpreterLanguage(), request.note(), null, null, null, request.language()));
        Receipts.Receipt receipt = receipts.issue();
        String formHash = UUID.randomUUID().toString().replace("-", "") + "staff";
        Appointment appointment = appointments.place(request.serviceId(), request.placeId(), request.start(), true,
                claim -> new Appointment(new Appointment.Booking(request.serviceId(), request.placeId(),
                        claim.start(), claim.end(), claim.seat(), false, request.language(), request.language(),
                        details.interpreterLanguage() != null, true), receipt.lookupHash(), formHash,
                        clock.instant()));
        appointments.seal(appointment, details, null, receipt.personKey());
        auditLog.record(member.username(), APPOINTMENT_BOOKED_FOR, SUBJECT, appointment.getId());
        return new BookedFor(receipt.code(), entry(appointment, request.officeLanguage()));
    }

    /** The free times staff can book on behalf of someone (the minimum notice does not hold for them). */
    @Transactional(TxType.SUPPORTS)
    public List<Appointments.FreeTime> freeTimes(SignedIn member, long serviceId, long placeId, LocalDate from,
            LocalDate until) {
        Service service = em.find(Service.class, serviceId);
        if (service == null || !service.isActive() || !service.getPlaceIds().contains(placeId)) {
            throw new AppointmentException(AppointmentException.Problem.NOT_OFFERED);
        }
        Instant now = clock.instant();
        return openings.free(service, placeId, from, until, now.minus(service.minNotice())).stream()
                .filter(time -> time.start().isAfter(now))
                .map(time -> new Appointments.FreeTime(time.start(), time.end(), time.free())).toList();
    }

    /** The active reasons to cancel, in a language (falling back to English, then Dutch). */
    @Transactional(TxType.SUPPORTS)
    public List<Reason> reasons(SignedIn member, String language) {
        return em.createNamedQuery(CancelReason.ALL, CancelReason.class).getResultStream()
                .filter(CancelReason::isActive)
                .map(reason -> new Reason(reason.getId(), reason.text(language).orElse("#" + reason.getId())))
                .toList();
    }

    private void end(SignedIn member, Appointment appointment, AppointmentStatus outcome, Long reasonId,
            AuditAction action) {
        if (!appointment.getStatus().isOpen()) {
            throw new AppointmentException(AppointmentException.Problem.CLOSED);
        }
        appointment.end(outcome, reasonId, clock.instant());
        appointments.withdrawReminder(appointment);
        auditLog.record(member.username(), action, SUBJECT, appointment.getId());
        tell(member, appointment);
    }

    private Long checkedReason(Long reasonId, boolean required) {
        if (reasonId == null) {
            if (required) {
                throw new AppointmentException(AppointmentException.Problem.REASON);
            }
            return null;
        }
        CancelReason reason = em.find(CancelReason.class, reasonId);
        if (reason == null || !reason.isActive()) {
            throw new AppointmentException(AppointmentException.Problem.REASON);
        }
        return reasonId;
    }

    /** A mail without content to the person's address, if they left one. */
    private void tell(SignedIn member, Appointment appointment) {
        if (appointment.getContactText() == null) {
            return;
        }
        String address;
        try {
            address = keys.open(new Sealed(appointment.getContactText(), appointment.getContactSealed(), null),
                    appointment.contactContext(), member.key(), member.username());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An appointment's address did not open with the organisation's key",
                    unreadable);
        }
        notifications.queue(address, appointment.getPageLanguage(), MailTemplate.SOMETHING_NEW,
                Map.of("link", notifications.link(appointment.getPageLanguage(), "/inbox")));
    }

    private Appointment found(long id) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            throw new AppointmentException(AppointmentException.Problem.GONE);
        }
        return appointment;
    }

    private String reason(Appointment appointment, String language) {
        return appointment.getCancelReasonId() == null
                ? null
                : Optional.ofNullable(em.find(CancelReason.class, appointment.getCancelReasonId()))
                        .flatMap(found -> found.text(language)).orElse(null);
    }

    private Entry entry(Appointment appointment, String language) {
        Service service = em.find(Service.class, appointment.getServiceId());
        Place place = em.find(Place.class, appointment.getPlaceId());
        String name = service.text(language).map(Map.Entry::getValue).map(ServiceText::getName)
                .orElse("#" + service.getId());
        return new Entry(appointment.getId(), service.getId(), name, place.getId(), place.getName(), place.getKind(),
                appointment.getStartsAt(), appointment.getEndsAt(), appointment.getStatus(),
                appointment.getLanguage(), appointment.isInterpreterWanted(), appointment.isBookedByStaff(),
                appointment.getChangedAt());
    }
}
