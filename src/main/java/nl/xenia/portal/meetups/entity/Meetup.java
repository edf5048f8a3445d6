package nl.xenia.portal.meetups.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a meetup: when, who hosts, the languages spoken, a public area everyone may read, and the exact
 * address (or the online link) only for those who come, kept encrypted under a key from outside the database. Its
 * capacity is held by the places of its RSVPs (1 … capacity), each unique in the database.
 */
@Entity
@Table(name = "meetup")
@NamedQuery(name = Meetup.FROM, query = "SELECT m FROM Meetup m WHERE m.endsAt > :from ORDER BY m.startsAt, m.id")
@NamedQuery(name = Meetup.BETWEEN, query = "SELECT m FROM Meetup m WHERE m.startsAt >= :from AND m.startsAt < :until"
        + " ORDER BY m.startsAt, m.id")
@NamedQuery(name = Meetup.OF_SERIES, query = "SELECT m FROM Meetup m WHERE m.seriesId = :series"
        + " AND m.startsAt >= :from ORDER BY m.startsAt")
@NamedQuery(name = Meetup.ENDED_BEFORE, query = "SELECT m FROM Meetup m WHERE m.endsAt < :before ORDER BY m.endsAt")
@NamedQuery(name = Meetup.DELETE, query = "DELETE FROM Meetup m WHERE m.id = :id")
@NamedQuery(name = Meetup.FACTS_STARTING, query = "SELECT m.id, m.startsAt, m.languages, m.hostKind, m.status, m.came"
        + " FROM Meetup m WHERE m.startsAt >= :start AND m.startsAt < :end")
public class Meetup {

    public static final String FROM = "Meetup.from";
    public static final String BETWEEN = "Meetup.between";
    public static final String OF_SERIES = "Meetup.ofSeries";
    public static final String ENDED_BEFORE = "Meetup.endedBefore";
    public static final String DELETE = "Meetup.delete";
    /**
     * For monitoring, of the occurrences starting from {@code start} (included) to {@code end}: id, start, languages
     * spoken (as stored: codes joined by commas), host kind, status and how many came ({@code Object[]} rows), never
     * texts, host names or addresses.
     */
    public static final String FACTS_STARTING = "Meetup.factsStarting";

    public static final int MAX_HOST = 80;
    public static final int MAX_AREA = 120;
    public static final int MAX_CAPACITY = 500;

    @Id
    @SequenceGenerator(name = "meetup", sequenceName = "meetup_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup")
    private Long id;

    @Column(name = "series_id")
    private Long seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_kind", nullable = false, length = 5)
    private HostKind hostKind;

    @Column(name = "host_name", nullable = false, length = MAX_HOST)
    private String hostName;

    /** The languages spoken, as codes separated by commas ({@code es,ro}). */
    @Column(nullable = false, length = 100)
    private String languages;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = MAX_AREA)
    private String area;

    @Column(nullable = false)
    private boolean online;

    /** The address and door instructions, or the online link: encrypted (see the facade). */
    @Column(nullable = false)
    private byte[] address = new byte[0];

    @Column(nullable = false)
    private int capacity;

    @Column(name = "waiting_list", nullable = false)
    private boolean waitingList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetupStatus status = MeetupStatus.PLANNED;

    @Column(name = "reason_id")
    private Long reasonId;

    /** How many came, as staff counted after the meetup; null until then. */
    @Column
    private Integer came;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meetup_text", joinColumns = @JoinColumn(name = "meetup_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, MeetupText> texts = new HashMap<>();

    protected Meetup() {
    }

    /** A planned occurrence (of a series, or alone when {@code seriesId} is null). */
    public Meetup(Long seriesId, Settings settings, Instant startsAt, Instant endsAt, Instant now) {
        this.seriesId = seriesId;
        this.createdAt = now;
        settle(settings, now);
        reschedule(startsAt, endsAt, now);
    }

    /** What staff set of an occurrence, apart from its time, texts and address. */
    public record Settings(HostKind hostKind, String hostName, List<String> languages, String area, boolean online,
            int capacity, boolean waitingList) {
    }

    /** Changes what staff set; the capacity is checked against those coming by the caller. */
    public void settle(Settings settings, Instant now) {
        if (settings.capacity() < 1 || settings.capacity() > MAX_CAPACITY) {
            throw new IllegalArgumentException("A capacity is 1 … " + MAX_CAPACITY);
        }
        hostKind = Objects.requireNonNull(settings.hostKind());
        hostName = Objects.requireNonNull(settings.hostName());
        languages = String.join(",", settings.languages());
        area = Objects.requireNonNull(settings.area());
        online = settings.online();
        capacity = settings.capacity();
        waitingList = settings.waitingList();
        changedAt = now;
    }

    public void reschedule(Instant start, Instant end, Instant now) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meetup ends after it starts");
        }
        startsAt = start;
        endsAt = end;
        changedAt = now;
    }

    /** The encrypted address. */
    public void locate(byte[] encryptedAddress, Instant now) {
        address = encryptedAddress.clone();
        changedAt = now;
    }

    /** The text in a language; null removes the language. */
    public void write(String language, MeetupText text) {
        if (text == null) {
            texts.remove(language);
        } else {
            texts.put(language, text);
        }
    }

    public void cancel(Long reason, Instant now) {
        if (status == MeetupStatus.CANCELLED) {
            throw new IllegalStateException("Already cancelled");
        }
        status = MeetupStatus.CANCELLED;
        reasonId = reason;
        changedAt = now;
    }

    /** Staff's count of how many came; only once it has begun. */
    public void count(int people, Instant now) {
        if (now.isBefore(startsAt) || people < 0) {
            throw new IllegalStateException("Counted only once it has begun");
        }
        came = people;
        changedAt = now;
    }

    /** The text in the language asked for, else English, else Dutch, else any; with the language it is in. */
    public Optional<Map.Entry<String, MeetupText>> text(String language) {
        for (String candidate : new String[]{language, "en", "nl"}) {
            MeetupText text = texts.get(candidate);
            if (text != null) {
                return Optional.of(Map.entry(candidate, text));
            }
        }
        return texts.entrySet().stream().min(Map.Entry.comparingByKey());
    }

    /** The seal's context of the address: bound to this occurrence. */
    public String addressContext() {
        return "meetup-address:" + id;
    }

    public boolean isPlanned() {
        return status == MeetupStatus.PLANNED;
    }

    public Long getId() {
        return id;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public HostKind getHostKind() {
        return hostKind;
    }

    public String getHostName() {
        return hostName;
    }

    public List<String> getLanguages() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getArea() {
        return area;
    }

    public boolean isOnline() {
        return online;
    }

    public byte[] getAddress() {
        return address.clone();
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public MeetupStatus getStatus() {
        return status;
    }

    public Long getReasonId() {
        return reasonId;
    }

    public Integer getCame() {
        return came;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Settings settings() {
        return new Settings(hostKind, hostName, getLanguages(), area, online, capacity, waitingList);
    }

    public Map<String, MeetupText> getTexts() {
        return Map.copyOf(texts);
    }
}
