package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.xenia.portal.appointments.boundary.AppointmentException.Problem;
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.DayChange;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.appointments.entity.WeeklyHours;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * Staff plan appointments: places (the public sees only the town or the kind, the details only with a booking's
 * code), services (settings, a text per language, the places offered), each service's weekly hours per place and
 * one-off changes (closed, extra hours), and the reasons Xenia gives when it cancels, per language. Nothing here is
 * about a person. Every change is one entry in the audit log ({@link AuditAction#CONTENT_CHANGED}, its subject type
 * saying what: {@link #PLACE}, {@link #SERVICE}, {@link #REASON}). A refused input throws
 * {@link AppointmentException}; nothing is changed then.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class AppointmentPlanning {

    /** Audit subject types: a place, a service (its settings, texts, places, hours and day changes), a reason. */
    public static final String PLACE = "appointment-place";
    public static final String SERVICE = "appointment-service";
    public static final String REASON = "appointment-reason";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    AuditLog auditLog;

    /** A place as staff see it. {@code town} is null for a phone or video place. */
    public record PlaceFacts(long id, PlaceKind kind, String name, String town, String details, boolean active) {
    }

    /** A service's settings: durations in minutes, the horizon in days. */
    public record Settings(int durationMinutes, int pauseMinutes, int minNoticeMinutes, int horizonDays,
            int capacity, boolean interpreter, boolean confirmFirst, boolean active) {
    }

    /** A service's name, short description and what to bring, in one language. */
    public record Text(String name, String description, String bring) {
    }

    /**
     * A service in the list: its name in the language asked for ({@code nameLanguage} says which language it is in
     * after falling back to English, then Dutch; null name when it has no text yet), and its places' ids.
     */
    public record ServiceRow(long id, String name, String nameLanguage, Settings settings, Set<Long> placeIds) {
    }

    /** A service with everything staff plan: settings, the text of every language that has one, places offered. */
    public record ServiceFacts(long id, String name, String nameLanguage, Settings settings, Map<String, Text> texts,
            Set<Long> placeIds) {
    }

    /** A block of weekly hours of a service at a place. */
    public record HoursBlock(long id, long placeId, DayOfWeek day, LocalTime from, LocalTime until) {
    }

    /** A one-off change of a service's hours at a place; {@code from}/{@code until} null for a whole day closed. */
    public record Change(long id, long placeId, LocalDate date, DayChange.Kind kind, LocalTime from,
            LocalTime until) {
    }

    /** A cancellation reason: its text in the language asked for (fallback en, nl) and in every language it has. */
    public record Reason(long id, boolean active, String text, Map<String, String> texts) {
    }

    // --- places ---

    /** Every place, active ones first, by name. */
    @Transactional(TxType.SUPPORTS)
    public List<PlaceFacts> places(SignedIn member) {
        return em.createNamedQuery(Place.ALL, Place.class).getResultStream().map(AppointmentPlanning::facts)
                .toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PlaceFacts> place(SignedIn member, long id) {
        return Optional.ofNullable(em.find(Place.class, id)).map(AppointmentPlanning::facts);
    }

    /** A new place (active); returns its id. */
    @Transactional
    public long createPlace(SignedIn member, PlaceKind kind, String name, String town, String details) {
        Checked place = checkedPlace(kind, name, town, details);
        Place created = new Place(kind, place.name(), place.town(), place.details(), clock.instant());
        em.persist(created);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, PLACE, created.getId());
        return created.getId();
    }

    @Transactional
    public void changePlace(SignedIn member, long id, PlaceKind kind, String name, String town, String details,
            boolean active) {
        Place place = found(Place.class, id);
        Checked checked = checkedPlace(kind, name, town, details);
        place.change(kind, checked.name(), checked.town(), checked.details(), active);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, PLACE, id);
    }

    private record Checked(String name, String town, String details) {
    }

    private static Checked checkedPlace(PlaceKind kind, String name, String town, String details) {
        if (kind == null) {
            throw new AppointmentException(Problem.NOT_FOUND);
        }
        String cleanName = required(name, Place.MAX_NAME);
        String cleanTown = clean(town);
        if (kind.hasTown()) {
            if (cleanTown.isEmpty()) {
                throw new AppointmentException(Problem.TOWN_MISSING);
            }
            if (cleanTown.length() > Place.MAX_TOWN) {
                throw new AppointmentException(Problem.TOWN_LONG);
            }
        }
        String cleanDetails = multiline(details);
        if (cleanDetails.length() > Place.MAX_DETAILS) {
            throw new AppointmentException(Problem.DETAILS_LONG);
        }
        return new Checked(cleanName, kind.hasTown() ? cleanTown : null, cleanDetails);
    }

    // --- services ---

    /** Every service, by id, named in the language asked for (else English, else Dutch, else any). */
    @Transactional(TxType.SUPPORTS)
    public List<ServiceRow> services(SignedIn member, String language) {
        return em.createNamedQuery(Service.ALL, Service.class).getResultStream().map(service -> {
            Optional<Map.Entry<String, ServiceText>> name = service.text(language);
            return new ServiceRow(service.getId(), name.map(entry -> entry.getValue().getName()).orElse(null),
                    name.map(Map.Entry::getKey).orElse(null), settings(service), service.getPlaceIds());
        }).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ServiceFacts> service(SignedIn member, long id, String language) {
        Service service = em.find(Service.class, id);
        if (service == null) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, ServiceText>> name = service.text(language);
        Map<String, Text> texts = service.getTexts().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Text(entry.getValue().getName(),
                        entry.getValue().getDescription(), entry.getValue().getBring()), (a, b) -> a, TreeMap::new));
        return Optional.of(new ServiceFacts(id, name.map(entry -> entry.getValue().getName()).orElse(null),
                name.map(Map.Entry::getKey).orElse(null), settings(service), texts, service.getPlaceIds()));
    }

    /** A new service with these settings and its name in one language; returns its id. */
    @Transactional
    public long createService(SignedIn member, Settings settings, String language, Text text) {
        Service service = new Service(checked(settings), clock.instant());
        service.write(checkedLanguage(language), checked(text));
        em.persist(service);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, service.getId());
        return service.getId();
    }

    @Transactional
    public void changeService(SignedIn member, long id, Settings settings) {
        found(Service.class, id).change(checked(settings));
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, id);
    }

    /** Writes (or replaces) the service's text in a language. */
    @Transactional
    public void writeText(SignedIn member, long id, String language, Text text) {
        found(Service.class, id).write(checkedLanguage(language), checked(text));
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, id + "/" + language);
    }

    /** Removes the service's text in a language (readers then get the fallback). */
    @Transactional
    public void removeText(SignedIn member, long id, String language) {
        found(Service.class, id).write(checkedLanguage(language), null);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, id + "/" + language);
    }

    /**
     * The places the service is offered at; a place no longer offered loses this service's hours and day changes
     * there (the database removes them with the offer).
     */
    @Transactional
    public void offerAt(SignedIn member, long id, Set<Long> placeIds) {
        Service service = found(Service.class, id);
        for (long placeId : placeIds) {
            found(Place.class, placeId);
        }
        service.offerAt(placeIds);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, id);
    }

    private static Service.Settings checked(Settings settings) {
        if (settings.durationMinutes() < 5 || settings.durationMinutes() > 480) {
            throw new AppointmentException(Problem.DURATION);
        }
        if (settings.pauseMinutes() < 0 || settings.pauseMinutes() > 240) {
            throw new AppointmentException(Problem.PAUSE);
        }
        if (settings.minNoticeMinutes() < 0 || settings.minNoticeMinutes() > 43_200) {
            throw new AppointmentException(Problem.NOTICE);
        }
        if (settings.horizonDays() < 1 || settings.horizonDays() > 366) {
            throw new AppointmentException(Problem.HORIZON);
        }
        if (settings.capacity() < 1 || settings.capacity() > 100) {
            throw new AppointmentException(Problem.CAPACITY);
        }
        return new Service.Settings(settings.durationMinutes(), settings.pauseMinutes(), settings.minNoticeMinutes(),
                settings.horizonDays(), settings.capacity(), settings.interpreter(), settings.confirmFirst(),
                settings.active());
    }

    private static ServiceText checked(Text text) {
        String name = required(text.name(), ServiceText.MAX_NAME);
        String description = multiline(text.description());
        String bring = multiline(text.bring());
        if (description.length() > ServiceText.MAX_DESCRIPTION || bring.length() > ServiceText.MAX_BRING) {
            throw new AppointmentException(Problem.TEXT_LONG);
        }
        return new ServiceText(name, description, bring);
    }

    private static Settings settings(Service service) {
        Service.Settings settings = service.settings();
        return new Settings(settings.durationMinutes(), settings.pauseMinutes(), settings.minNoticeMinutes(),
                settings.horizonDays(), settings.capacity(), settings.interpreter(), settings.confirmFirst(),
                settings.active());
    }

    // --- weekly hours ---

    /** The service's weekly hours at every place, by place, weekday and time. */
    @Transactional(TxType.SUPPORTS)
    public List<HoursBlock> hours(SignedIn member, long serviceId) {
        return em.createNamedQuery(WeeklyHours.OF_SERVICE, WeeklyHours.class).setParameter("service", serviceId)
                .getResultStream().map(block -> new HoursBlock(block.getId(), block.getPlaceId(), block.getDay(),
                        block.getStartsAt(), block.getEndsAt()))
                .toList();
    }

    /**
     * A block of weekly hours; refused when it ends at or before it starts, or overlaps another block of the same
     * day for this service and place. Returns its id.
     */
    @Transactional
    public long addHours(SignedIn member, long serviceId, long placeId, DayOfWeek day, LocalTime from,
            LocalTime until) {
        Service service = em.find(Service.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        offered(service, placeId);
        if (day == null || from == null || until == null) {
            throw new AppointmentException(Problem.TIME_MISSING);
        }
        if (!until.isAfter(from)) {
            throw new AppointmentException(Problem.TIME_ORDER);
        }
        boolean overlaps = em.createNamedQuery(WeeklyHours.OF_OFFER, WeeklyHours.class)
                .setParameter("service", serviceId).setParameter("place", placeId).getResultStream()
                .anyMatch(block -> block.getDay() == day && block.getStartsAt().isBefore(until)
                        && block.getEndsAt().isAfter(from));
        if (overlaps) {
            throw new AppointmentException(Problem.OVERLAP);
        }
        WeeklyHours block = new WeeklyHours(serviceId, placeId, day, from, until);
        em.persist(block);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, serviceId);
        return block.getId();
    }

    @Transactional
    public void removeHours(SignedIn member, long serviceId, long blockId) {
        WeeklyHours block = em.find(WeeklyHours.class, blockId);
        if (block == null || block.getServiceId() != serviceId) {
            throw new AppointmentException(Problem.NOT_FOUND);
        }
        em.remove(block);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, serviceId);
    }

    // --- day changes ---

    /** The service's one-off changes from today (Europe/Amsterdam) on, by date. */
    @Transactional(TxType.SUPPORTS)
    public List<Change> changes(SignedIn member, long serviceId) {
        return em.createNamedQuery(DayChange.OF_SERVICE_FROM, DayChange.class).setParameter("service", serviceId)
                .setParameter("from", today()).getResultStream()
                .map(change -> new Change(change.getId(), change.getPlaceId(), change.getOnDate(), change.getKind(),
                        change.getStartsAt(), change.getEndsAt()))
                .toList();
    }

    /**
     * A one-off change: closed the whole day ({@code from} and {@code until} null), closed from–until, or extra hours
     * from–until; today or later. Returns its id.
     */
    @Transactional
    public long addChange(SignedIn member, long serviceId, long placeId, LocalDate date, DayChange.Kind kind,
            LocalTime from, LocalTime until) {
        offered(found(Service.class, serviceId), placeId);
        if (date == null || kind == null) {
            throw new AppointmentException(Problem.TIME_MISSING);
        }
        boolean wholeDay = kind == DayChange.Kind.CLOSED && from == null && until == null;
        if (!wholeDay) {
            if (from == null || until == null) {
                throw new AppointmentException(Problem.TIME_MISSING);
            }
            if (!until.isAfter(from)) {
                throw new AppointmentException(Problem.TIME_ORDER);
            }
        }
        if (date.isBefore(today())) {
            throw new AppointmentException(Problem.DATE_PAST);
        }
        DayChange change = new DayChange(serviceId, placeId, date, kind, from, until);
        em.persist(change);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, serviceId);
        return change.getId();
    }

    @Transactional
    public void removeChange(SignedIn member, long serviceId, long changeId) {
        DayChange change = em.find(DayChange.class, changeId);
        if (change == null || change.getServiceId() != serviceId) {
            throw new AppointmentException(Problem.NOT_FOUND);
        }
        em.remove(change);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, SERVICE, serviceId);
    }

    private static void offered(Service service, long placeId) {
        if (service == null) {
            throw new AppointmentException(Problem.NOT_FOUND);
        }
        if (!service.getPlaceIds().contains(placeId)) {
            throw new AppointmentException(Problem.NOT_OFFERED);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Languages.LOCAL_TIME));
    }

    // --- cancellation reasons ---

    /** Every reason, active ones first, with its text in the language asked for. */
    @Transactional(TxType.SUPPORTS)
    public List<Reason> reasons(SignedIn member, String language) {
        return em.createNamedQuery(CancelReason.ALL, CancelReason.class).getResultStream()
                .map(reason -> reason(reason, language)).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Reason> reason(SignedIn member, long id, String language) {
        return Optional.ofNullable(em.find(CancelReason.class, id)).map(reason -> reason(reason, language));
    }

    /** A new reason (active) with its text in one language; returns its id. */
    @Transactional
    public long createReason(SignedIn member, String language, String text) {
        String clean = checkedReason(text, true);
        CancelReason reason = new CancelReason(clock.instant());
        reason.write(checkedLanguage(language), clean);
        em.persist(reason);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, reason.getId());
        return reason.getId();
    }

    /** The reason's text in a language; empty removes that language. */
    @Transactional
    public void writeReason(SignedIn member, long id, String language, String text) {
        CancelReason reason = found(CancelReason.class, id);
        reason.write(checkedLanguage(language), checkedReason(text, false));
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, id + "/" + language);
    }

    /**
     * The reason's text in every language given (empty removes that language) and whether staff are offered it, in
     * one step: nothing is saved when one text is refused.
     */
    @Transactional
    public void saveReason(SignedIn member, long id, Map<String, String> texts, boolean active) {
        CancelReason reason = found(CancelReason.class, id);
        Map<String, String> checked = new TreeMap<>();
        texts.forEach((language, text) -> checked.put(checkedLanguage(language), checkedReason(text, false)));
        checked.forEach(reason::write);
        reason.activate(active);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, id);
    }

    /** Offered to staff cancelling an appointment, or no longer. */
    @Transactional
    public void activateReason(SignedIn member, long id, boolean active) {
        found(CancelReason.class, id).activate(active);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, id);
    }

    private static String checkedReason(String text, boolean required) {
        String clean = clean(text);
        if (required && clean.isEmpty()) {
            throw new AppointmentException(Problem.NAME_MISSING);
        }
        if (clean.length() > CancelReason.MAX_TEXT) {
            throw new AppointmentException(Problem.REASON_LONG);
        }
        return clean;
    }

    private static Reason reason(CancelReason reason, String language) {
        return new Reason(reason.getId(), reason.isActive(), reason.text(language).orElse(null),
                new TreeMap<>(reason.getTexts()));
    }

    // --- shared ---

    private String checkedLanguage(String language) {
        if (!languages.isSupported(language)) {
            throw new AppointmentException(Problem.LANGUAGE);
        }
        return language;
    }

    private <T> T found(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new AppointmentException(Problem.NOT_FOUND);
        }
        return found;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String multiline(String text) {
        return clean(text).replace("\r\n", "\n");
    }

    private static String required(String text, int max) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            throw new AppointmentException(Problem.NAME_MISSING);
        }
        if (clean.length() > max) {
            throw new AppointmentException(Problem.NAME_LONG);
        }
        return clean;
    }

    private static PlaceFacts facts(Place place) {
        return new PlaceFacts(place.getId(), place.getKind(), place.getName(), place.getTown(), place.getDetails(),
                place.isActive());
    }
}
