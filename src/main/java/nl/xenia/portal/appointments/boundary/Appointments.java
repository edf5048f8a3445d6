package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.appointments.control.Seats;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.AppointmentStatus;
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.GuessLimited;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.RateLimits;
import nl.xenia.portal.privacy.boundary.ReceiptHolder;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.boundary.TypedText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous appointments, the person's side: the services in the reader's language with their free times, booking
 * one (the receipt code is returned once and kept only as a keyed hash; the code of an earlier question or booking
 * may be given instead, and the appointment joins it), and with the code: seeing, moving and cancelling it. What the
 * person writes is sealed before it is stored. The guards are here, for every caller: booking is limited per client
 * and for everyone ({@code xenia.appointments.limit.*}), a code holds at most {@code xenia.appointments.open-per-code}
 * open appointments, codes are tried under the guess limit ({@link Receipts#held}), and a time is given once: the
 * service's row is locked while a seat is claimed and the database keeps each seat of a time unique.
 */
@ApplicationScoped
public class Appointments implements ReceiptHolder {

    public static final int MAX_NICKNAME = 40;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_MAIL = 320;

    static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Receipts receipts;

    @Inject
    OrganisationKeys keys;

    @Inject
    RateLimits rates;

    @Inject
    Seats seats;

    @Inject
    Openings openings;

    @Inject
    Languages languages;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "xenia.appointments.limit.per-client", defaultValue = "5")
    int bookPerClient;

    @Inject
    @ConfigProperty(name = "xenia.appointments.limit.everyone", defaultValue = "200")
    int bookEveryone;

    @Inject
    @ConfigProperty(name = "xenia.appointments.limit.window", defaultValue = "PT10M")
    Duration bookWindow;

    /** How many open (requested or confirmed) appointments one code may hold. */
    @Inject
    @ConfigProperty(name = "xenia.appointments.open-per-code", defaultValue = "3")
    int openPerCode;

    /** When, on the day before, the reminder goes out (Europe/Amsterdam). */
    @Inject
    @ConfigProperty(name = "xenia.appointments.reminder-at", defaultValue = "10:00")
    String reminderAt;

    /** A place as the public sees it: the town of a place one goes to, otherwise only the kind. */
    public record PublicPlace(long id, PlaceKind kind, String town) {
    }

    /**
     * A service as the public reads it. {@code textLanguage} is the language its text is in: another than the one
     * asked for when it is missing there (English, then Dutch). {@code firstDay} … {@code lastDay} is the range of days
     * that can be booked now.
     */
    public record Offer(long id, String textLanguage, String name, String description, String bring, int minutes,
            boolean interpreter, boolean confirmFirst, List<PublicPlace> places, LocalDate firstDay,
            LocalDate lastDay) {
    }

    /** A free time: start and end, and how many places are left. */
    public record FreeTime(Instant start, Instant end, int free) {
    }

    /**
     * What a person asks for. {@code interpreterLanguage} null or blank: no interpreter; {@code earlierCode} null or
     * blank: a new code. {@code pageLanguage} is the language the page was read in.
     */
    public record Request(long serviceId, long placeId, Instant start, String nickname, String language,
            String interpreterLanguage, String note, String contact, String earlierCode, String formToken,
            String pageLanguage) {
    }

    /**
     * A booking made: the new receipt code to show once (null when it joined an earlier code) and the appointment as
     * the person sees it.
     */
    public record Booked(String code, Mine appointment) {
    }

    /**
     * An appointment as its person sees it: with the place's details, what to bring, what they wrote, and the reason
     * (in their language) when Xenia cancelled or declined it.
     */
    public record Mine(long id, long serviceId, long placeId, AppointmentStatus status, Instant start, Instant end,
            String serviceName, String textLanguage, String bring, PlaceKind kind, String town, String details,
            String nickname, String language, String interpreterLanguage, String note, String reason,
            boolean reminder) {

        /** Whether it can still be moved or cancelled. */
        public boolean open() {
            return status.isOpen();
        }
    }

    /** What the person wrote, sealed as one item. */
    public record PersonDetails(String nickname, String interpreterLanguage, String note) {
    }

    /** Whether appointments can be booked: the organisation's key exists. */
    public boolean isOpen() {
        return keys.exists();
    }

    /** The active services offered at an active place at least, in the reader's language (marked when another). */
    @Transactional(TxType.SUPPORTS)
    public List<Offer> services(String language) {
        Map<Long, Place> places = activePlaces();
        return em.createNamedQuery(Service.ACTIVE, Service.class).getResultStream()
                .map(service -> offer(service, language, places)).flatMap(Optional::stream).toList();
    }

    /** One active service, as {@link #services}. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Offer> service(String language, long id) {
        Service service = em.find(Service.class, id);
        return service == null || !service.isActive() ? Optional.empty() : offer(service, language, activePlaces());
    }

    /**
     * The free times of a service at a place between two days (inclusive), within the days it can be booked now.
     *
     * @throws AppointmentException NOT_OFFERED for a service switched off, not at that place, or unknown
     */
    @Transactional(TxType.SUPPORTS)
    public List<FreeTime> freeTimes(long serviceId, long placeId, LocalDate from, LocalDate until) {
        Service service = offered(serviceId, placeId);
        Instant now = clock.instant();
        LocalDate first = max(from, now.plus(service.minNotice()).atZone(Openings.ZONE).toLocalDate());
        LocalDate last = min(until, now.plus(service.horizon()).atZone(Openings.ZONE).toLocalDate());
        if (last.isBefore(first)) {
            return List.of();
        }
        return openings.free(service, placeId, first, last, now).stream()
                .map(time -> new FreeTime(time.start(), time.end(), time.free())).toList();
    }

    /**
     * Books a time: returns the receipt code (once) and the appointment. The same form sent twice books once.
     *
     * @throws AppointmentException when refused (every field the person typed stays theirs to send again)
     */
    @Transactional
    public Booked book(Client client, Request request) {
        PersonDetails details = checked(request);
        String contact = contact(request.contact());
        String formHash = TypedText.formHash(request.formToken());
        if (!em.createNamedQuery(Appointment.BY_FORM, Appointment.class).setParameter("hash", formHash)
                .getResultList().isEmpty()) {
            throw new AppointmentException(AppointmentException.Problem.DUPLICATE);
        }
        Receipts.Opened earlier = null;
        if (request.earlierCode() != null && !request.earlierCode().isBlank()) {
            earlier = held(client, request.earlierCode())
                    .orElseThrow(() -> new AppointmentException(AppointmentException.Problem.CODE));
        }
        if (earlier != null && openCount(earlier.lookupHash()) >= openPerCode) {
            throw new AppointmentException(AppointmentException.Problem.TOO_MANY);
        }
        // counted after the checks of what was typed and of the code: a refusal there uses up no allowance
        if (!rates.take(new RateLimits.Limit("book", bookPerClient, bookEveryone, bookWindow), client)) {
            throw new AppointmentException(AppointmentException.Problem.LIMIT);
        }
        Receipts.Receipt receipt = earlier == null ? receipts.issue() : null;
        String codeHash = earlier == null ? receipt.lookupHash() : earlier.lookupHash();
        byte[] personKey = earlier == null ? receipt.personKey() : earlier.personKey();
        Appointment appointment = place(request.serviceId(), request.placeId(), request.start(), false,
                claim -> new Appointment(new Appointment.Booking(request.serviceId(), request.placeId(),
                        claim.start(), claim.end(), claim.seat(), claim.service().isConfirmFirst(),
                        request.pageLanguage(), request.language(), details.interpreterLanguage() != null, false),
                        codeHash, formHash, clock.instant()));
        seal(appointment, details, contact, personKey);
        return new Booked(receipt == null ? null : receipt.code(),
                mine(appointment, details, request.pageLanguage()));
    }

    /**
     * The appointments a code holds, as the person sees them (soonest first); empty for a code that opens nothing at
     * all, an empty list for a code that holds only other things (questions).
     *
     * @throws AppointmentException WAIT or REFUSED when the client has guessed wrong too often
     */
    @Transactional
    public Optional<List<Mine>> mine(Client client, String typedCode, String language) {
        return held(client, typedCode).map(opened -> ofCode(opened.lookupHash()).stream()
                .map(appointment -> mine(appointment, open(appointment, opened.personKey()), language)).toList());
    }

    /**
     * Moves an open appointment of this code to another free time: the old time is free in the same transaction.
     *
     * @throws AppointmentException TAKEN, NOT_A_TIME, NOT_OFFERED, CLOSED, or the code's WAIT/REFUSED; CODE when the
     *             code does not hold this appointment
     */
    @Transactional
    public Mine move(Client client, String typedCode, long appointmentId, Instant start, String language) {
        Receipts.Opened opened = held(client, typedCode)
                .orElseThrow(() -> new AppointmentException(AppointmentException.Problem.CODE));
        Appointment appointment = ofCode(opened.lookupHash(), appointmentId);
        Seats.Claim claim = claimed(appointment.getServiceId(), appointment.getPlaceId(), start,
                appointment.getId(), false);
        appointment.move(claim.start(), claim.end(), claim.seat(), clock.instant());
        flushSeat();
        remindAgain(appointment);
        return mine(appointment, open(appointment, opened.personKey()), language);
    }

    /**
     * The person cancels an open appointment of this code: its time is free at once, a waiting reminder is withdrawn.
     *
     * @throws AppointmentException CLOSED, CODE, WAIT or REFUSED
     */
    @Transactional
    public void cancel(Client client, String typedCode, long appointmentId) {
        Receipts.Opened opened = held(client, typedCode)
                .orElseThrow(() -> new AppointmentException(AppointmentException.Problem.CODE));
        Appointment appointment = ofCode(opened.lookupHash(), appointmentId);
        appointment.end(AppointmentStatus.CANCELLED_BY_PERSON, null, clock.instant());
        withdrawReminder(appointment);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean holds(String lookupHash) {
        return !em.createNamedQuery(Appointment.BY_CODE, Appointment.class).setParameter("hash", lookupHash)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ---- shared with the desk (staff booking on behalf of someone) ----

    /** Builds an appointment on a claimed seat, persists it and makes the database check the seat at once. */
    Appointment place(long serviceId, long placeId, Instant start, boolean staff,
            java.util.function.Function<Seats.Claim, Appointment> build) {
        Seats.Claim claim = claimed(serviceId, placeId, start, null, staff);
        Appointment appointment = build.apply(claim);
        em.persist(appointment);
        flushSeat();
        return appointment;
    }

    /** Seals what the person wrote (for the organisation and the code), a contact address, and queues the reminder. */
    void seal(Appointment appointment, PersonDetails details, String contact, byte[] personKey) {
        Sealed person = keys.seal(JSON.toJson(details), appointment.personContext(), Optional.of(personKey));
        appointment.keepPerson(person.ciphertext(), person.forOrganisation(), person.forExtraKey());
        if (contact != null) {
            Sealed sealedContact = keys.seal(contact, appointment.contactContext(), Optional.empty());
            appointment.keepContact(sealedContact.ciphertext(), sealedContact.forOrganisation());
            Instant remindAt = reminderMoment(appointment.getStartsAt());
            if (remindAt.isAfter(clock.instant())) {
                appointment.remindBy(notifications.queueAt(contact, appointment.getPageLanguage(),
                        MailTemplate.SOMETHING_NEW,
                        Map.of("link", notifications.link(appointment.getPageLanguage(), "/inbox")), remindAt));
            }
        }
    }

    /** Checks what the person typed; every refusal names its field's problem and keeps nothing. */
    PersonDetails checked(Request request) {
        String nickname = text(request.nickname(), MAX_NICKNAME, false, "nickname");
        String note = text(request.note(), MAX_NOTE, true, "note");
        if (request.language() == null || !Languages.isLanguageCode(request.language())) {
            throw new AppointmentException(AppointmentException.Problem.LANGUAGE, "language");
        }
        String interpreter = request.interpreterLanguage() == null || request.interpreterLanguage().isBlank()
                ? null
                : request.interpreterLanguage().strip();
        if (interpreter != null && !Languages.isLanguageCode(interpreter)) {
            throw new AppointmentException(AppointmentException.Problem.LANGUAGE, "interpreter");
        }
        return new PersonDetails(nickname, interpreter, note);
    }

    void withdrawReminder(Appointment appointment) {
        if (appointment.getReminderMailId() != null) {
            notifications.withdraw(appointment.getReminderMailId());
            appointment.remindBy(null);
        }
    }

    // ---- inside ----

    private void remindAgain(Appointment appointment) {
        if (appointment.getReminderMailId() == null) {
            return;
        }
        Instant remindAt = reminderMoment(appointment.getStartsAt());
        if (remindAt.isAfter(clock.instant())) {
            notifications.postpone(appointment.getReminderMailId(), remindAt);
        } else {
            withdrawReminder(appointment);
        }
    }

    private Instant reminderMoment(Instant start) {
        return start.atZone(Openings.ZONE).toLocalDate().minusDays(1).atTime(LocalTime.parse(reminderAt))
                .atZone(Openings.ZONE).toInstant();
    }

    private Seats.Claim claimed(long serviceId, long placeId, Instant start, Long ignoring, boolean staff) {
        Seats.Claim claim;
        try {
            claim = seats.claim(serviceId, placeId, start, clock.instant(), ignoring, staff);
        } catch (PessimisticLockException | LockTimeoutException busy) {
            throw new AppointmentException(AppointmentException.Problem.BUSY);
        }
        return switch (claim.outcome()) {
            case GIVEN -> claim;
            case NOT_OFFERED -> throw new AppointmentException(AppointmentException.Problem.NOT_OFFERED);
            case NOT_A_TIME -> throw new AppointmentException(AppointmentException.Problem.NOT_A_TIME);
            case TAKEN -> throw new AppointmentException(AppointmentException.Problem.TAKEN);
        };
    }

    /** The database checks the seat now: a seat taken meanwhile is TAKEN, not an error page. */
    private void flushSeat() {
        try {
            em.flush();
        } catch (PersistenceException taken) {
            throw new AppointmentException(AppointmentException.Problem.TAKEN);
        }
    }

    private Optional<Receipts.Opened> held(Client client, String typedCode) {
        try {
            return receipts.held(client, typedCode);
        } catch (GuessLimited limited) {
            throw new AppointmentException(
                    limited.isRefused() ? AppointmentException.Problem.REFUSED : AppointmentException.Problem.WAIT);
        }
    }

    private List<Appointment> ofCode(String lookupHash) {
        return em.createNamedQuery(Appointment.BY_CODE, Appointment.class).setParameter("hash", lookupHash)
                .getResultList();
    }

    /** An appointment of this code, open: anything else (another code's id, a forged id, a closed one) is refused. */
    private Appointment ofCode(String lookupHash, long appointmentId) {
        Appointment appointment = ofCode(lookupHash).stream().filter(it -> it.getId() == appointmentId).findFirst()
                .orElseThrow(() -> new AppointmentException(AppointmentException.Problem.CODE));
        if (!appointment.getStatus().isOpen()) {
            throw new AppointmentException(AppointmentException.Problem.CLOSED);
        }
        return appointment;
    }

    private long openCount(String codeHash) {
        return ofCode(codeHash).stream().filter(it -> it.getStatus().isOpen()).count();
    }

    private PersonDetails open(Appointment appointment, byte[] personKey) {
        try {
            return JSON.fromJson(keys.openWithKey(new Sealed(appointment.getPersonText(),
                    appointment.getPersonSealed(), appointment.getPersonForCode()), appointment.personContext(),
                    personKey), PersonDetails.class);
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An appointment did not open with its code", unreadable);
        }
    }

    private Mine mine(Appointment appointment, PersonDetails details, String language) {
        Service service = em.find(Service.class, appointment.getServiceId());
        Place place = em.find(Place.class, appointment.getPlaceId());
        Optional<Map.Entry<String, ServiceText>> text = service.text(language);
        String reason = appointment.getCancelReasonId() == null
                ? null
                : Optional.ofNullable(em.find(CancelReason.class, appointment.getCancelReasonId()))
                        .flatMap(found -> found.text(language)).orElse(null);
        return new Mine(appointment.getId(), service.getId(), place.getId(), appointment.getStatus(),
                appointment.getStartsAt(), appointment.getEndsAt(),
                text.map(it -> it.getValue().getName()).orElse(""), text.map(Map.Entry::getKey).orElse(language),
                text.map(it -> it.getValue().getBring()).orElse(""), place.getKind(), place.getTown(),
                place.getDetails(), details.nickname(), appointment.getLanguage(), details.interpreterLanguage(),
                details.note(), reason, appointment.getReminderMailId() != null);
    }

    private Map<Long, Place> activePlaces() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultStream().filter(Place::isActive)
                .collect(java.util.stream.Collectors.toMap(Place::getId, place -> place));
    }

    private Optional<Offer> offer(Service service, String language, Map<Long, Place> places) {
        Optional<Map.Entry<String, ServiceText>> text = service.text(language);
        List<PublicPlace> offeredAt = service.getPlaceIds().stream().map(places::get)
                .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(Place::getKind)
                        .thenComparing(place -> place.getTown() == null ? "" : place.getTown()))
                .map(place -> new PublicPlace(place.getId(), place.getKind(), place.getTown())).toList();
        if (text.isEmpty() || offeredAt.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ServiceText chosen = text.get().getValue();
        return Optional.of(new Offer(service.getId(), text.get().getKey(), chosen.getName(),
                chosen.getDescription(), chosen.getBring(), (int) service.duration().toMinutes(),
                service.isInterpreter(), service.isConfirmFirst(), offeredAt,
                now.plus(service.minNotice()).atZone(Openings.ZONE).toLocalDate(),
                now.plus(service.horizon()).atZone(Openings.ZONE).toLocalDate()));
    }

    private Service offered(long serviceId, long placeId) {
        Service service = em.find(Service.class, serviceId);
        Place place = em.find(Place.class, placeId);
        if (service == null || !service.isActive() || place == null || !place.isActive()
                || !service.getPlaceIds().contains(placeId)) {
            throw new AppointmentException(AppointmentException.Problem.NOT_OFFERED);
        }
        return service;
    }

    private static String contact(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return null;
        }
        if (address.length() > MAX_MAIL || !Notifications.isAddress(address)) {
            throw new AppointmentException(AppointmentException.Problem.MAIL);
        }
        return address;
    }

    /**
     * A checked optional text: stripped, at most {@code max} characters, nothing unstorable; null when empty. A refusal
     * names the field it is about.
     */
    static String text(String typed, int max, boolean lines, String field) {
        String clean = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new AppointmentException(AppointmentException.Problem.LONG, field);
        }
        if (!TypedText.storable(clean, lines)) {
            throw new AppointmentException(AppointmentException.Problem.CHARACTERS, field);
        }
        return clean;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
