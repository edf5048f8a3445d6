package nl.xenia.portal.meetups.boundary;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.xenia.portal.meetups.control.Addresses;
import nl.xenia.portal.meetups.control.Places;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupNotice;
import nl.xenia.portal.meetups.entity.MeetupReason;
import nl.xenia.portal.meetups.entity.MeetupText;
import nl.xenia.portal.meetups.entity.NoticeKind;
import nl.xenia.portal.meetups.entity.Rsvp;
import nl.xenia.portal.meetups.entity.RsvpStatus;
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
 * Peer meetups, the person's side: the listings in the reader's language (never who comes, never the address), "I'll
 * come" with an optional nickname (a new code, or the code of an earlier question, appointment or RSVP), and with the
 * code: the meetups one comes to with their address, the notices of changes, and "I can't come after all". The guards
 * are here, for every caller: saying "I'll come" is limited per client and for everyone ({@code xenia.meetups.limit.*}),
 * a code comes to at most {@code xenia.meetups.open-per-code} meetups at once and to each only once, codes are tried
 * under the guess limit ({@link Receipts#held}), and a place is given once: the meetup's row is locked while a place is
 * claimed or freed (a freed place goes to the first one waiting, in the same transaction) and the database keeps each
 * place unique.
 */
@ApplicationScoped
public class Meetups implements ReceiptHolder {

    public static final int MAX_NICKNAME = 40;
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
    Places places;

    @Inject
    Addresses addresses;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "xenia.meetups.limit.per-client", defaultValue = "5")
    int rsvpPerClient;

    @Inject
    @ConfigProperty(name = "xenia.meetups.limit.everyone", defaultValue = "300")
    int rsvpEveryone;

    @Inject
    @ConfigProperty(name = "xenia.meetups.limit.window", defaultValue = "PT10M")
    Duration rsvpWindow;

    /** How many meetups (to come) one code may come to or wait for at once. */
    @Inject
    @ConfigProperty(name = "xenia.meetups.open-per-code", defaultValue = "10")
    int openPerCode;

    /**
     * A meetup as the public reads it. {@code textLanguage} is the language its text is in: another than the one asked
     * for when it is missing there (English, then Dutch). {@code placesLeft} 0 is full; {@code reason} is why it was
     * cancelled (null when it was not, or no reason was given).
     */
    public record Listing(long id, String textLanguage, String title, String description, HostKind hostKind,
            String hostName, List<String> languages, Instant start, Instant end, String area, boolean online,
            int capacity, int placesLeft, boolean waitingList, boolean cancelled, String reason) {

        public boolean isFull() {
            return placesLeft == 0;
        }
    }

    /**
     * What a person asks for. {@code earlierCode} null or blank: a new code; {@code pageLanguage} is the language the
     * page was read in (notices and mail come in it).
     */
    public record Request(long meetupId, String nickname, String contact, String earlierCode, String formToken,
            String pageLanguage) {
    }

    /** An RSVP made: the new receipt code to show once (null when it joined an earlier code) and what the person sees. */
    public record Joined(String code, Mine rsvp) {
    }

    /** A change shown to those who come: when, what, the time before a move, and why (in their language). */
    public record Notice(NoticeKind kind, Instant at, Instant previousStart, String reason) {
    }

    /**
     * An RSVP as its person sees it. {@code address} is the exact address or link, only while coming to a planned
     * meetup; {@code turn} is the place in the waiting list (1 = next) while waiting, else 0; {@code promoted} when a
     * freed place was given from the waiting list.
     */
    public record Mine(long id, long meetupId, RsvpStatus status, int turn, Instant promoted, String title,
            String textLanguage, Instant start, Instant end, String area, boolean online, String address,
            HostKind hostKind, String hostName, boolean cancelled, String nickname, boolean mail,
            List<Notice> notices) {

        public boolean isComing() {
            return status == RsvpStatus.COMING;
        }

        public boolean isWaiting() {
            return status == RsvpStatus.WAITING;
        }

        /** Whether the person can still say they cannot come. */
        public boolean canLeave() {
            return status != RsvpStatus.LEFT && !cancelled;
        }
    }

    /** What the person wrote, sealed as one item. */
    public record PersonDetails(String nickname) {
    }

    /** Whether one can say "I'll come": the organisation's key exists (to seal a nickname to). */
    public boolean isOpen() {
        return keys.exists();
    }

    /**
     * The meetups to come (not yet begun), soonest first, in the reader's language; cancelled ones are listed (marked)
     * until their time.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Listing> upcoming(String language) {
        Instant now = clock.instant();
        List<Meetup> found = em.createNamedQuery(Meetup.FROM, Meetup.class).setParameter("from", now)
                .getResultStream().filter(meetup -> meetup.getStartsAt().isAfter(now)).toList();
        Map<Long, Long> coming = coming(found.stream().map(Meetup::getId).toList());
        return found.stream().map(meetup -> listing(meetup, language, coming.getOrDefault(meetup.getId(), 0L)))
                .flatMap(Optional::stream).toList();
    }

    /** One meetup not yet over, as {@link #upcoming}; empty for an unknown id or one that is over. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Listing> listing(String language, long id) {
        Meetup meetup = em.find(Meetup.class, id);
        if (meetup == null || !meetup.getEndsAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return listing(meetup, language, coming(List.of(id)).getOrDefault(id, 0L));
    }

    /**
     * "I'll come": a place, or a turn on the waiting list when the meetup is full and has one.
     *
     * @throws MeetupException GONE, CANCELLED, PAST, FULL, BUSY; LONG, CHARACTERS or MAIL (with the field); DUPLICATE,
     *             LIMIT, ALREADY, TOO_MANY; CODE, WAIT or REFUSED for an earlier code
     */
    @Transactional
    public Joined rsvp(Client client, Request request) {
        PersonDetails details = new PersonDetails(text(request.nickname(), MAX_NICKNAME, "nickname"));
        String contact = contact(request.contact());
        String formHash = TypedText.formHash(request.formToken());
        if (!em.createNamedQuery(Rsvp.BY_FORM, Rsvp.class).setParameter("hash", formHash).getResultList()
                .isEmpty()) {
            throw new MeetupException(MeetupException.Problem.DUPLICATE);
        }
        Meetup listed = em.find(Meetup.class, request.meetupId());
        if (listed == null) {
            throw new MeetupException(MeetupException.Problem.GONE);
        }
        Receipts.Opened earlier = null;
        if (request.earlierCode() != null && !request.earlierCode().isBlank()) {
            earlier = held(client, request.earlierCode())
                    .orElseThrow(() -> new MeetupException(MeetupException.Problem.CODE, "code"));
            List<Rsvp> ofCode = ofCode(earlier.lookupHash());
            if (ofCode.stream().anyMatch(it -> it.getMeetupId() == request.meetupId()
                    && it.getStatus() != RsvpStatus.LEFT)) {
                throw new MeetupException(MeetupException.Problem.ALREADY);
            }
            if (open(ofCode) >= openPerCode) {
                throw new MeetupException(MeetupException.Problem.TOO_MANY);
            }
        }
        // counted after the checks of what was typed and of the code: a refusal there uses up no allowance
        if (!rates.take(new RateLimits.Limit("rsvp", rsvpPerClient, rsvpEveryone, rsvpWindow), client)) {
            throw new MeetupException(MeetupException.Problem.LIMIT);
        }
        Places.Claim claim = claimed(request.meetupId());
        Receipts.Receipt receipt = earlier == null ? receipts.issue() : null;
        String codeHash = earlier == null ? receipt.lookupHash() : earlier.lookupHash();
        byte[] personKey = earlier == null ? receipt.personKey() : earlier.personKey();
        Instant now = clock.instant();
        Rsvp rsvp = new Rsvp(request.meetupId(), claim.place(), codeHash, formHash, request.pageLanguage(), now);
        em.persist(rsvp);
        flushPlace();
        Sealed person = keys.seal(JSON.toJson(details), rsvp.personContext(), Optional.of(personKey));
        rsvp.keepPerson(person.ciphertext(), person.forOrganisation(), person.forExtraKey());
        if (contact != null) {
            Sealed sealedContact = keys.seal(contact, rsvp.contactContext(), Optional.empty());
            rsvp.keepContact(sealedContact.ciphertext(), sealedContact.forOrganisation());
            if (rsvp.getStatus() == RsvpStatus.WAITING) {
                // held until a place is freed for this person, who may then be told without anyone signed in
                rsvp.holdMail(notifications.queueAt(contact, request.pageLanguage(), MailTemplate.SOMETHING_NEW,
                        Map.of("link", notifications.link(request.pageLanguage(), "/inbox")), HELD));
            }
        }
        return new Joined(receipt == null ? null : receipt.code(),
                mine(rsvp, claim.meetup(), details, request.pageLanguage()));
    }

    /**
     * The RSVPs a code holds, as the person sees them (soonest first); empty for a code that opens nothing at all, an
     * empty list for a code that holds only other things (questions, appointments).
     *
     * @throws MeetupException WAIT or REFUSED when the client has guessed wrong too often
     */
    @Transactional
    public Optional<List<Mine>> mine(Client client, String typedCode, String language) {
        return held(client, typedCode).map(opened -> ofCode(opened.lookupHash()).stream()
                .map(rsvp -> mine(rsvp, em.find(Meetup.class, rsvp.getMeetupId()),
                        open(rsvp, opened.personKey()), language))
                .sorted(java.util.Comparator.comparing(Mine::start)).toList());
    }

    /**
     * "I can't come after all": the place (or the turn) is free at once, and a freed place goes to the first one
     * waiting, who sees it with their code (and gets a content-free mail when they left an address).
     *
     * @throws MeetupException CODE (not this code's, or a forged id), LEFT, PAST, CANCELLED, BUSY, WAIT or REFUSED
     */
    @Transactional
    public void leave(Client client, String typedCode, long rsvpId) {
        Receipts.Opened opened = held(client, typedCode)
                .orElseThrow(() -> new MeetupException(MeetupException.Problem.CODE));
        Rsvp found = ofCode(opened.lookupHash()).stream().filter(it -> it.getId() == rsvpId).findFirst()
                .orElseThrow(() -> new MeetupException(MeetupException.Problem.CODE));
        Meetup meetup = locked(found.getMeetupId());
        em.refresh(found);
        Instant now = clock.instant();
        if (found.getStatus() == RsvpStatus.LEFT) {
            throw new MeetupException(MeetupException.Problem.LEFT);
        }
        if (!meetup.isPlanned()) {
            throw new MeetupException(MeetupException.Problem.CANCELLED);
        }
        if (!meetup.getStartsAt().isAfter(now)) {
            throw new MeetupException(MeetupException.Problem.PAST);
        }
        withdrawHeld(found);
        found.leave(now);
        em.flush();
        promoted(places.promote(meetup, now));
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean holds(String lookupHash) {
        return !em.createNamedQuery(Rsvp.BY_CODE, Rsvp.class).setParameter("hash", lookupHash).setMaxResults(1)
                .getResultList().isEmpty();
    }

    // ---- shared with the planning (staff) ----

    /** A held mail is never sent: far enough ahead that retention withdraws it first. */
    static final Instant HELD = Instant.parse("9999-01-01T00:00:00Z");

    /** Those promoted are told by the mail held for them (sent now); nothing else to do: they see it with the code. */
    void promoted(List<Rsvp> promoted) {
        for (Rsvp rsvp : promoted) {
            if (rsvp.getHeldMailId() != null) {
                notifications.postpone(rsvp.getHeldMailId(), clock.instant());
                rsvp.holdMail(null);
            }
        }
    }

    void withdrawHeld(Rsvp rsvp) {
        if (rsvp.getHeldMailId() != null) {
            notifications.withdraw(rsvp.getHeldMailId());
            rsvp.holdMail(null);
        }
    }

    /** The meetup, locked; a wait too long for the lock is BUSY, an unknown id GONE. */
    Meetup locked(long meetupId) {
        try {
            Meetup meetup = places.lock(meetupId);
            if (meetup == null) {
                throw new MeetupException(MeetupException.Problem.GONE);
            }
            return meetup;
        } catch (PessimisticLockException | LockTimeoutException busy) {
            throw new MeetupException(MeetupException.Problem.BUSY);
        }
    }

    /** How many hold a place, per meetup. */
    Map<Long, Long> coming(Collection<Long> meetupIds) {
        return counted(meetupIds, RsvpStatus.COMING);
    }

    /** How many RSVPs of a status, per meetup: one query for them all. */
    Map<Long, Long> counted(Collection<Long> meetupIds, RsvpStatus status) {
        Map<Long, Long> counts = new HashMap<>();
        if (meetupIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Rsvp.COUNT_WITH, Object[].class).setParameter("status", status)
                .setParameter("meetups", meetupIds).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A reason's text in a language (English, then Dutch), or null. */
    String reason(Long reasonId, String language) {
        return reasonId == null
                ? null
                : Optional.ofNullable(em.find(MeetupReason.class, reasonId)).flatMap(found -> found.text(language))
                        .orElse(null);
    }

    // ---- inside ----

    private Places.Claim claimed(long meetupId) {
        Places.Claim claim;
        try {
            claim = places.claim(meetupId, clock.instant());
        } catch (PessimisticLockException | LockTimeoutException busy) {
            throw new MeetupException(MeetupException.Problem.BUSY);
        }
        return switch (claim.outcome()) {
            case GIVEN, WAITING -> claim;
            case FULL -> throw new MeetupException(MeetupException.Problem.FULL);
            case CANCELLED -> throw new MeetupException(MeetupException.Problem.CANCELLED);
            case PAST -> throw new MeetupException(MeetupException.Problem.PAST);
            case GONE -> throw new MeetupException(MeetupException.Problem.GONE);
        };
    }

    /** The database checks the place now: a place taken meanwhile is BUSY (try again), not an error page. */
    private void flushPlace() {
        try {
            em.flush();
        } catch (PersistenceException taken) {
            throw new MeetupException(MeetupException.Problem.BUSY);
        }
    }

    private Optional<Receipts.Opened> held(Client client, String typedCode) {
        try {
            return receipts.held(client, typedCode);
        } catch (GuessLimited limited) {
            throw new MeetupException(
                    limited.isRefused() ? MeetupException.Problem.REFUSED : MeetupException.Problem.WAIT, "code");
        }
    }

    private List<Rsvp> ofCode(String lookupHash) {
        return em.createNamedQuery(Rsvp.BY_CODE, Rsvp.class).setParameter("hash", lookupHash).getResultList();
    }

    /** How many meetups to come the RSVPs of a code come to or wait for. */
    private long open(List<Rsvp> ofCode) {
        Instant now = clock.instant();
        return ofCode.stream().filter(rsvp -> rsvp.getStatus() != RsvpStatus.LEFT).map(
                rsvp -> em.find(Meetup.class, rsvp.getMeetupId()))
                .filter(meetup -> meetup.isPlanned() && meetup.getEndsAt().isAfter(now)).count();
    }

    private PersonDetails open(Rsvp rsvp, byte[] personKey) {
        try {
            return JSON.fromJson(keys.openWithKey(
                    new Sealed(rsvp.getPersonText(), rsvp.getPersonSealed(), rsvp.getPersonForCode()),
                    rsvp.personContext(), personKey), PersonDetails.class);
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("An RSVP did not open with its code", unreadable);
        }
    }

    private Mine mine(Rsvp rsvp, Meetup meetup, PersonDetails details, String language) {
        Optional<Map.Entry<String, MeetupText>> text = meetup.text(language);
        int turn = 0;
        if (rsvp.getStatus() == RsvpStatus.WAITING) {
            turn = (int) em.createNamedQuery(Rsvp.OF_MEETUP_WITH, Rsvp.class).setParameter("meetup", meetup.getId())
                    .setParameter("status", RsvpStatus.WAITING).getResultStream()
                    .takeWhile(it -> it.getId() <= rsvp.getId()).count();
        }
        boolean coming = rsvp.getStatus() == RsvpStatus.COMING && meetup.isPlanned();
        List<Notice> notices = em.createNamedQuery(MeetupNotice.OF_MEETUP, MeetupNotice.class)
                .setParameter("meetup", meetup.getId()).getResultStream()
                .filter(notice -> notice.getCreatedAt().isAfter(rsvp.getCreatedAt()))
                .map(notice -> new Notice(notice.getKind(), notice.getCreatedAt(), notice.getPreviousStartsAt(),
                        reason(notice.getReasonId(), rsvp.getPageLanguage())))
                .toList();
        return new Mine(rsvp.getId(), meetup.getId(), rsvp.getStatus(), turn, rsvp.getPromotedAt(),
                text.map(it -> it.getValue().getTitle()).orElse(""), text.map(Map.Entry::getKey).orElse(language),
                meetup.getStartsAt(), meetup.getEndsAt(), meetup.getArea(), meetup.isOnline(),
                coming ? addresses.open(meetup) : null, meetup.getHostKind(), meetup.getHostName(),
                !meetup.isPlanned(), details.nickname(), rsvp.getContactText() != null, notices);
    }

    private Optional<Listing> listing(Meetup meetup, String language, long coming) {
        Optional<Map.Entry<String, MeetupText>> text = meetup.text(language);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        MeetupText chosen = text.get().getValue();
        int left = (int) Math.max(0, meetup.getCapacity() - coming);
        return Optional.of(new Listing(meetup.getId(), text.get().getKey(), chosen.getTitle(),
                chosen.getDescription(), meetup.getHostKind(), meetup.getHostName(), meetup.getLanguages(),
                meetup.getStartsAt(), meetup.getEndsAt(), meetup.getArea(), meetup.isOnline(), meetup.getCapacity(),
                left, meetup.isWaitingList(), !meetup.isPlanned(), reason(meetup.getReasonId(), language)));
    }

    private static String contact(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return null;
        }
        if (address.length() > MAX_MAIL || !Notifications.isAddress(address)) {
            throw new MeetupException(MeetupException.Problem.MAIL, "contact");
        }
        return address;
    }

    /** A checked optional one-line text: stripped, at most {@code max} characters, storable; null when empty. */
    static String text(String typed, int max, String field) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new MeetupException(MeetupException.Problem.LONG, field);
        }
        if (!TypedText.storable(clean, false)) {
            throw new MeetupException(MeetupException.Problem.CHARACTERS, field);
        }
        return clean;
    }
}
