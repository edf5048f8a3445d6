package nl.xenia.portal.meetups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Holidays;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.control.Addresses;
import nl.xenia.portal.meetups.control.Places;
import nl.xenia.portal.meetups.control.SeriesDates;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupNotice;
import nl.xenia.portal.meetups.entity.MeetupReason;
import nl.xenia.portal.meetups.entity.MeetupSeries;
import nl.xenia.portal.meetups.entity.MeetupText;
import nl.xenia.portal.meetups.entity.NoticeKind;
import nl.xenia.portal.meetups.entity.Repetition;
import nl.xenia.portal.meetups.entity.Rsvp;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.boundary.TypedText;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * The staff's side of meetups: planning an occurrence or a weekly or monthly series (a holiday skips a day), changing
 * one occurrence or the rest of its series, cancelling or moving with a reason the people who come read in their
 * language (they see a notice with their code, and a content-free mail when they left an address), who comes
 * (nicknames only, opened in the staff session and recorded in the audit log), how many came, and the reasons. Raising
 * a capacity gives the new places to those waiting at once. Every change is one entry in the audit log.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class MeetupPlanning {

    public static final AuditAction MEETUP_PLANNED = new AuditAction("MEETUP_PLANNED");
    public static final AuditAction MEETUP_CHANGED = new AuditAction("MEETUP_CHANGED");
    public static final AuditAction MEETUP_MOVED = new AuditAction("MEETUP_MOVED");
    public static final AuditAction MEETUP_CANCELLED = new AuditAction("MEETUP_CANCELLED");
    public static final AuditAction MEETUP_COUNTED = new AuditAction("MEETUP_COUNTED");

    /** The audit log's subject type of a meetup (and of a reason). */
    static final String SUBJECT = "meetup";
    static final String REASON = "meetup-reason";

    public static final int MAX_ADDRESS = 1000;
    public static final int MAX_CAME = 1000;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganisationKeys keys;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    Languages languages;

    @Inject
    Holidays holidays;

    @Inject
    Places places;

    @Inject
    Addresses addresses;

    @Inject
    Meetups meetups;

    /** A title and description in one language. */
    public record Text(String title, String description) {
    }

    /**
     * What staff write of an occurrence: texts per language (at least one title), the host, the languages spoken, the
     * public area, the exact address (or the link, when online), capacity, waiting list, and when (local time).
     */
    public record Plan(Map<String, Text> texts, HostKind hostKind, String hostName, List<String> languages,
            String area, boolean online, String address, int capacity, boolean waitingList, LocalDateTime start,
            LocalDateTime end) {
    }

    /** How a new meetup repeats: until a day (inclusive) or for a number of times, whichever comes first. */
    public record Repeat(Repetition repetition, java.time.LocalDate until, Integer count) {
    }

    /** What was planned: the occurrences made, and the days skipped for a holiday. */
    public record Planned(List<Long> ids, List<java.time.LocalDate> skipped) {
    }

    /** Which occurrences a change or a cancellation is about. */
    public enum Scope {
        /** This occurrence only. */
        ONE,
        /** This one and every later one of its series. */
        REST
    }

    /** An occurrence in the office's lists: no one's data, only counts. */
    public record Entry(long id, Long seriesId, String title, Instant start, Instant end, String area,
            boolean online, HostKind hostKind, String hostName, List<String> languages, int capacity, int coming,
            int waiting, boolean waitingList, boolean cancelled, Integer came) {

        public boolean isFull() {
            return coming >= capacity;
        }
    }

    /** An occurrence as staff edit it: its plan (with the address), and its series' repetition when it has one. */
    public record Detail(Entry entry, Plan plan, Repetition repetition, Long reasonId) {
    }

    /** Someone who comes or waits, as staff see them: the nickname (or none) and no other data. */
    public record Attendee(String nickname, RsvpStatus status, int turn, boolean promoted) {
    }

    /** A reason, with its texts per language. */
    public record Reason(long id, Map<String, String> texts, boolean active, String text) {
    }

    /**
     * Plans a meetup: one occurrence, or a series ({@code repeat} not null).
     *
     * @throws MeetupException for what is missing or wrong in the plan (the problem names it)
     */
    @Transactional
    public Planned plan(SignedIn member, Plan plan, Repeat repeat) {
        Plan checked = checked(plan);
        Instant now = clock.instant();
        List<LocalDateTime> days = List.of(checked.start());
        List<java.time.LocalDate> skipped = List.of();
        Long seriesId = null;
        if (repeat != null) {
            if (repeat.repetition() == null || repeat.until() == null && repeat.count() == null
                    || repeat.count() != null && (repeat.count() < 2 || repeat.count() > SeriesDates.MOST)
                    || repeat.until() != null && repeat.until().isBefore(checked.start().toLocalDate())) {
                throw new MeetupException(MeetupException.Problem.SERIES_END);
            }
            java.time.LocalDate first = checked.start().toLocalDate();
            SeriesDates.Days series = SeriesDates.of(checked.start(), repeat.repetition(), repeat.until(),
                    repeat.count(), holidays.between(first, SeriesDates.horizon(first, repeat.repetition())));
            if (series.held().isEmpty()) {
                throw new MeetupException(MeetupException.Problem.SERIES_EMPTY);
            }
            MeetupSeries made = new MeetupSeries(repeat.repetition(), now);
            em.persist(made);
            em.flush();
            seriesId = made.getId();
            days = series.held();
            skipped = series.skipped();
        }
        Duration length = Duration.between(local(checked.start()), local(checked.end()));
        List<Long> ids = new ArrayList<>();
        for (LocalDateTime day : days) {
            Instant start = local(day);
            Meetup meetup = new Meetup(seriesId, settings(checked), start, start.plus(length), now);
            write(meetup, checked.texts());
            em.persist(meetup);
            em.flush();
            meetup.locate(addresses.lock(meetup, checked.address()), now);
            auditLog.record(member.username(), MEETUP_PLANNED, SUBJECT, meetup.getId());
            ids.add(meetup.getId());
        }
        return new Planned(List.copyOf(ids), skipped);
    }

    /** The occurrences starting in [from, until), soonest first, titled in the office's language. */
    @Transactional(TxType.SUPPORTS)
    public List<Entry> list(SignedIn member, Instant from, Instant until, String language) {
        List<Meetup> found = em.createNamedQuery(Meetup.BETWEEN, Meetup.class).setParameter("from", from)
                .setParameter("until", until).getResultList();
        return entries(found, language);
    }

    /** One occurrence with its plan (the address included); empty when it is gone. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Detail> detail(SignedIn member, long id, String language) {
        Meetup meetup = em.find(Meetup.class, id);
        if (meetup == null) {
            return Optional.empty();
        }
        Map<String, Text> texts = new LinkedHashMap<>();
        meetup.getTexts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(
                text -> texts.put(text.getKey(),
                        new Text(text.getValue().getTitle(), text.getValue().getDescription())));
        Meetup.Settings settings = meetup.settings();
        Plan plan = new Plan(texts, settings.hostKind(), settings.hostName(), settings.languages(), settings.area(),
                settings.online(), addresses.open(meetup), settings.capacity(), settings.waitingList(),
                meetup.getStartsAt().atZone(Languages.LOCAL_TIME).toLocalDateTime(),
                meetup.getEndsAt().atZone(Languages.LOCAL_TIME).toLocalDateTime());
        Repetition repetition = meetup.getSeriesId() == null
                ? null
                : Optional.ofNullable(em.find(MeetupSeries.class, meetup.getSeriesId()))
                        .map(MeetupSeries::getRepetition).orElse(null);
        return Optional.of(new Detail(entries(List.of(meetup), language).get(0), plan, repetition,
                meetup.getReasonId()));
    }

    /**
     * Changes one occurrence, or it and the rest of its series: texts, host, languages, area, address, capacity and
     * waiting list as planned; the time as planned for this one, and the later ones moved by as much (their length as
     * planned). Those who come see a notice of a new time (with the reason, required then) or a new place, and get a
     * content-free mail when they left an address; new places go to those waiting.
     *
     * @throws MeetupException NOT_FOUND, CANCELLED, PAST, DATE_PAST, BELOW_COMING, REASON, or a problem of the plan
     */
    @Transactional
    public void change(SignedIn member, long id, Plan plan, Scope scope, Long reasonId) {
        Plan checked = checked(plan);
        Meetup first = lockedToChange(id);
        LocalDateTime firstStart = first.getStartsAt().atZone(Languages.LOCAL_TIME).toLocalDateTime();
        Duration shift = Duration.between(firstStart, checked.start());
        Duration length = Duration.between(local(checked.start()), local(checked.end()));
        Instant now = clock.instant();
        for (Meetup meetup : affected(first, scope)) {
            Instant start = local(meetup.getStartsAt().atZone(Languages.LOCAL_TIME).toLocalDateTime().plus(shift));
            if (!start.isAfter(now)) {
                throw new MeetupException(MeetupException.Problem.DATE_PAST);
            }
            int coming = places.coming(meetup);
            if (checked.capacity() < coming) {
                throw new MeetupException(MeetupException.Problem.BELOW_COMING);
            }
            boolean anyone = !people(meetup).isEmpty();
            boolean moved = !start.equals(meetup.getStartsAt()) || !start.plus(length).equals(meetup.getEndsAt());
            String oldAddress = addresses.open(meetup);
            boolean placeChanged = !oldAddress.equals(checked.address()) || !meetup.getArea().equals(checked.area())
                    || meetup.isOnline() != checked.online();
            Long reason = moved && anyone ? checkedReason(reasonId) : null;
            Instant previous = meetup.getStartsAt();
            meetup.settle(settings(checked), now);
            meetup.reschedule(start, start.plus(length), now);
            write(meetup, checked.texts());
            if (!oldAddress.equals(checked.address())) {
                meetup.locate(addresses.lock(meetup, checked.address()), now);
            }
            if (moved && anyone) {
                em.persist(new MeetupNotice(meetup.getId(), NoticeKind.MOVED, reason, previous, now));
            }
            if (placeChanged && anyone) {
                em.persist(new MeetupNotice(meetup.getId(), NoticeKind.PLACE, null, null, now));
            }
            auditLog.record(member.username(), moved ? MEETUP_MOVED : MEETUP_CHANGED, SUBJECT, meetup.getId());
            em.flush();
            meetups.promoted(places.promote(meetup, now));
            if ((moved || placeChanged) && anyone) {
                tell(member, meetup);
            }
        }
    }

    /**
     * Cancels one occurrence, or it and the rest of its series, with a reason the people who come read (required when
     * anyone comes or waits): they see the notice with their code and get a content-free mail when they left an
     * address.
     *
     * @throws MeetupException NOT_FOUND, CANCELLED, PAST, REASON
     */
    @Transactional
    public void cancel(SignedIn member, long id, Scope scope, Long reasonId) {
        Meetup first = lockedToChange(id);
        Instant now = clock.instant();
        Long checkedReason = reasonId == null ? null : checkedReason(reasonId);
        for (Meetup meetup : affected(first, scope)) {
            List<Rsvp> people = people(meetup);
            if (!people.isEmpty() && checkedReason == null) {
                throw new MeetupException(MeetupException.Problem.REASON);
            }
            meetup.cancel(checkedReason, now);
            people.forEach(meetups::withdrawHeld);
            if (!people.isEmpty()) {
                em.persist(new MeetupNotice(meetup.getId(), NoticeKind.CANCELLED, checkedReason, null, now));
                tell(member, meetup);
            }
            auditLog.record(member.username(), MEETUP_CANCELLED, SUBJECT, meetup.getId());
        }
    }

    /**
     * Who comes and who waits (in turn), by nickname only: opened with the session's key, recorded in the audit log
     * once for the occurrence.
     */
    @Transactional
    public List<Attendee> attendees(SignedIn member, long id) {
        Meetup meetup = found(id);
        List<Rsvp> people = people(meetup);
        if (people.isEmpty()) {
            return List.of();
        }
        List<Sealed> sealed = people.stream()
                .map(rsvp -> new Sealed(rsvp.getPersonText(), rsvp.getPersonSealed(), null)).toList();
        List<String> texts;
        try {
            texts = keys.openAll(sealed, people.stream().map(Rsvp::personContext).toList(), member.key(),
                    member.username(), SUBJECT + ":" + meetup.getId());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An RSVP did not open with the organisation's key", unreadable);
        }
        List<Attendee> attendees = new ArrayList<>();
        int turn = 0;
        for (int index = 0; index < people.size(); index++) {
            Rsvp rsvp = people.get(index);
            String nickname = Meetups.JSON.fromJson(texts.get(index), Meetups.PersonDetails.class).nickname();
            boolean waiting = rsvp.getStatus() == RsvpStatus.WAITING;
            attendees.add(new Attendee(nickname, rsvp.getStatus(), waiting ? ++turn : 0,
                    rsvp.getPromotedAt() != null));
        }
        attendees.sort(Comparator.comparing((Attendee attendee) -> attendee.status() != RsvpStatus.COMING)
                .thenComparing(attendee -> attendee.nickname() == null ? "\uffff" : attendee.nickname(),
                        String.CASE_INSENSITIVE_ORDER));
        return attendees;
    }

    /**
     * How many came, once it has begun (a cancelled meetup has no count).
     *
     * @throws MeetupException NOT_FOUND, CANCELLED, CAME, NOT_YET
     */
    @Transactional
    public void recordCame(SignedIn member, long id, int came) {
        Meetup meetup = found(id);
        if (!meetup.isPlanned()) {
            throw new MeetupException(MeetupException.Problem.CANCELLED);
        }
        if (came < 0 || came > MAX_CAME) {
            throw new MeetupException(MeetupException.Problem.CAME);
        }
        if (meetup.getStartsAt().isAfter(clock.instant())) {
            throw new MeetupException(MeetupException.Problem.NOT_YET);
        }
        meetup.count(came, clock.instant());
        auditLog.record(member.username(), MEETUP_COUNTED, SUBJECT, id);
    }

    /** How many planned occurrences to come are full or have people waiting (the dashboard's count). */
    @Transactional(TxType.SUPPORTS)
    public long fullOrWaiting(SignedIn member) {
        Instant now = clock.instant();
        List<Meetup> upcoming = em.createNamedQuery(Meetup.FROM, Meetup.class).setParameter("from", now)
                .getResultStream().filter(meetup -> meetup.isPlanned() && meetup.getStartsAt().isAfter(now))
                .toList();
        return entries(upcoming, "nl").stream().filter(entry -> entry.isFull() || entry.waiting() > 0).count();
    }

    // ---- reasons ----

    /** Every reason, the active ones first, with the text in the office's language. */
    @Transactional(TxType.SUPPORTS)
    public List<Reason> reasons(SignedIn member, String language) {
        return em.createNamedQuery(MeetupReason.ALL, MeetupReason.class).getResultStream()
                .map(reason -> new Reason(reason.getId(), reason.getTexts(), reason.isActive(),
                        reason.text(language).orElse("#" + reason.getId())))
                .toList();
    }

    /** Writes a reason's texts (a new reason when {@code id} is null); a blank text removes its language. */
    @Transactional
    public long saveReason(SignedIn member, Long id, Map<String, String> texts) {
        if (texts.values().stream().allMatch(text -> text == null || text.isBlank())) {
            throw new MeetupException(MeetupException.Problem.REASON);
        }
        MeetupReason reason = id == null ? new MeetupReason(clock.instant()) : em.find(MeetupReason.class, id);
        if (reason == null) {
            throw new MeetupException(MeetupException.Problem.NOT_FOUND);
        }
        texts.forEach((language, text) -> {
            if (!languages.isSupported(language)) {
                throw new MeetupException(MeetupException.Problem.LANGUAGES);
            }
            String clean = clean(text);
            if (clean != null && clean.codePointCount(0, clean.length()) > MeetupReason.MAX_TEXT) {
                throw new MeetupException(MeetupException.Problem.REASON_LONG, language);
            }
            if (clean != null && !TypedText.storable(clean, true)) {
                throw new MeetupException(MeetupException.Problem.CHARACTERS, language);
            }
            reason.write(language, clean);
        });
        if (id == null) {
            em.persist(reason);
            em.flush();
        }
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, reason.getId());
        return reason.getId();
    }

    /** Offers a reason again, or no longer (it stays for the notices that name it). */
    @Transactional
    public void activateReason(SignedIn member, long id, boolean active) {
        MeetupReason reason = em.find(MeetupReason.class, id);
        if (reason == null) {
            throw new MeetupException(MeetupException.Problem.NOT_FOUND);
        }
        reason.activate(active);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, REASON, id);
    }

    // ---- inside ----

    private Meetup found(long id) {
        Meetup meetup = em.find(Meetup.class, id);
        if (meetup == null) {
            throw new MeetupException(MeetupException.Problem.NOT_FOUND);
        }
        return meetup;
    }

    private Meetup lockedToChange(long id) {
        Meetup meetup;
        try {
            meetup = meetups.locked(id);
        } catch (MeetupException gone) {
            throw new MeetupException(MeetupException.Problem.NOT_FOUND);
        }
        if (!meetup.isPlanned()) {
            throw new MeetupException(MeetupException.Problem.CANCELLED);
        }
        if (!meetup.getStartsAt().isAfter(clock.instant())) {
            throw new MeetupException(MeetupException.Problem.PAST);
        }
        return meetup;
    }

    /** This occurrence, and for the rest of a series every later planned one (each locked in turn). */
    private List<Meetup> affected(Meetup first, Scope scope) {
        if (scope != Scope.REST || first.getSeriesId() == null) {
            return List.of(first);
        }
        List<Meetup> affected = new ArrayList<>();
        affected.add(first);
        for (Meetup later : em.createNamedQuery(Meetup.OF_SERIES, Meetup.class)
                .setParameter("series", first.getSeriesId()).setParameter("from", first.getStartsAt())
                .getResultList()) {
            if (!Objects.equals(later.getId(), first.getId()) && later.isPlanned()) {
                affected.add(meetups.locked(later.getId()));
            }
        }
        return affected;
    }

    /** Those who come or wait. */
    private List<Rsvp> people(Meetup meetup) {
        return em.createNamedQuery(Rsvp.OF_MEETUP, Rsvp.class).setParameter("meetup", meetup.getId())
                .getResultStream().filter(rsvp -> rsvp.getStatus() != RsvpStatus.LEFT).toList();
    }

    /** A mail without content to everyone who comes or waits and left an address (opened once, audited once). */
    private void tell(SignedIn member, Meetup meetup) {
        List<Rsvp> withContact = people(meetup).stream().filter(rsvp -> rsvp.getContactText() != null).toList();
        if (withContact.isEmpty()) {
            return;
        }
        List<String> contacts;
        try {
            contacts = keys.openAll(
                    withContact.stream().map(rsvp -> new Sealed(rsvp.getContactText(), rsvp.getContactSealed(), null))
                            .toList(),
                    withContact.stream().map(Rsvp::contactContext).toList(), member.key(), member.username(),
                    SUBJECT + ":" + meetup.getId());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An RSVP's address did not open with the organisation's key", unreadable);
        }
        for (int index = 0; index < withContact.size(); index++) {
            String language = withContact.get(index).getPageLanguage();
            notifications.queue(contacts.get(index), language, MailTemplate.SOMETHING_NEW,
                    Map.of("link", notifications.link(language, "/inbox")));
        }
    }

    private Long checkedReason(Long reasonId) {
        if (reasonId == null) {
            throw new MeetupException(MeetupException.Problem.REASON);
        }
        MeetupReason reason = em.find(MeetupReason.class, reasonId);
        if (reason == null || !reason.isActive()) {
            throw new MeetupException(MeetupException.Problem.REASON);
        }
        return reasonId;
    }

    private List<Entry> entries(List<Meetup> found, String language) {
        List<Long> ids = found.stream().map(Meetup::getId).toList();
        Map<Long, Long> coming = meetups.coming(ids);
        Map<Long, Long> waitingCounts = meetups.counted(ids, RsvpStatus.WAITING);
        return found.stream().map(meetup -> {
            long waiting = waitingCounts.getOrDefault(meetup.getId(), 0L);
            String title = meetup.text(language).map(text -> text.getValue().getTitle()).orElse("#" + meetup.getId());
            return new Entry(meetup.getId(), meetup.getSeriesId(), title, meetup.getStartsAt(), meetup.getEndsAt(),
                    meetup.getArea(), meetup.isOnline(), meetup.getHostKind(), meetup.getHostName(),
                    meetup.getLanguages(), meetup.getCapacity(), coming.getOrDefault(meetup.getId(), 0L).intValue(),
                    (int) waiting, meetup.isWaitingList(), !meetup.isPlanned(), meetup.getCame());
        }).toList();
    }

    private static Instant local(LocalDateTime time) {
        return time.atZone(Languages.LOCAL_TIME).toInstant();
    }

    private static Meetup.Settings settings(Plan plan) {
        return new Meetup.Settings(plan.hostKind(), plan.hostName(), plan.languages(), plan.area(), plan.online(),
                plan.capacity(), plan.waitingList());
    }

    private static void write(Meetup meetup, Map<String, Text> texts) {
        for (String language : meetup.getTexts().keySet()) {
            if (!texts.containsKey(language)) {
                meetup.write(language, null);
            }
        }
        texts.forEach((language, text) -> meetup.write(language, new MeetupText(text.title(), text.description())));
    }

    /** The plan as it will be kept: stripped, in bounds, every refusal naming its field. */
    private Plan checked(Plan plan) {
        Map<String, Text> texts = new LinkedHashMap<>();
        plan.texts().forEach((language, text) -> {
            if (!languages.isSupported(language)) {
                throw new MeetupException(MeetupException.Problem.LANGUAGES, "texts");
            }
            String title = clean(text == null ? null : text.title());
            String description = clean(text == null ? null : text.description());
            if (title == null && description == null) {
                return;
            }
            if (title == null) {
                throw new MeetupException(MeetupException.Problem.TITLE_MISSING, "title-" + language);
            }
            limit(title, MeetupText.MAX_TITLE, MeetupException.Problem.TITLE_LONG, "title-" + language, false);
            limit(description, MeetupText.MAX_DESCRIPTION, MeetupException.Problem.DESCRIPTION_LONG,
                    "description-" + language, true);
            texts.put(language, new Text(title, description == null ? "" : description));
        });
        if (texts.isEmpty()) {
            throw new MeetupException(MeetupException.Problem.TITLE_MISSING, "title");
        }
        String host = required(plan.hostName(), Meetup.MAX_HOST, MeetupException.Problem.HOST_MISSING,
                MeetupException.Problem.HOST_LONG, "host");
        if (plan.hostKind() == null) {
            throw new MeetupException(MeetupException.Problem.HOST_MISSING, "hostKind");
        }
        List<String> spoken = plan.languages() == null
                ? List.of()
                : plan.languages().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        if (spoken.isEmpty() || spoken.stream().anyMatch(code -> !Languages.isLanguageCode(code))
                || spoken.size() > 12) {
            throw new MeetupException(MeetupException.Problem.LANGUAGES, "languages");
        }
        String area = required(plan.area(), Meetup.MAX_AREA, MeetupException.Problem.AREA_MISSING,
                MeetupException.Problem.AREA_LONG, "area");
        String address = clean(plan.address());
        if (address == null) {
            throw new MeetupException(MeetupException.Problem.ADDRESS_MISSING, "address");
        }
        limit(address, MAX_ADDRESS, MeetupException.Problem.ADDRESS_LONG, "address", true);
        if (plan.capacity() < 1 || plan.capacity() > Meetup.MAX_CAPACITY) {
            throw new MeetupException(MeetupException.Problem.CAPACITY, "capacity");
        }
        if (plan.start() == null || plan.end() == null) {
            throw new MeetupException(MeetupException.Problem.TIME_MISSING, plan.start() == null ? "start" : "end");
        }
        if (!plan.end().isAfter(plan.start())) {
            throw new MeetupException(MeetupException.Problem.TIME_ORDER, "end");
        }
        if (!local(plan.start()).isAfter(clock.instant())) {
            throw new MeetupException(MeetupException.Problem.DATE_PAST, "start");
        }
        return new Plan(texts, plan.hostKind(), host, spoken, area, plan.online(), address, plan.capacity(),
                plan.waitingList(), plan.start(), plan.end());
    }

    private static String required(String typed, int max, MeetupException.Problem missing,
            MeetupException.Problem tooLong, String field) {
        String clean = clean(typed);
        if (clean == null) {
            throw new MeetupException(missing, field);
        }
        limit(clean, max, tooLong, field, false);
        return clean;
    }

    private static void limit(String clean, int max, MeetupException.Problem tooLong, String field, boolean lines) {
        if (clean == null) {
            return;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new MeetupException(tooLong, field);
        }
        if (!TypedText.storable(clean, lines)) {
            throw new MeetupException(MeetupException.Problem.CHARACTERS, field);
        }
    }

    private static String clean(String typed) {
        String clean = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        return clean.isEmpty() ? null : clean;
    }
}
