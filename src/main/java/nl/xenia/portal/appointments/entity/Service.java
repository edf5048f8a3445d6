package nl.xenia.portal.appointments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service people can book (a talk with a social worker, the GGD's test hour, help with a licence): its texts per
 * language, how long it takes, the pause after it, how far ahead it can be booked, how many people per time, the
 * places it is offered at, whether an interpreter can be arranged and whether staff confirm each request first.
 */
@Entity
@Table(name = "appointment_service")
@NamedQuery(name = Service.ALL, query = "SELECT s FROM Service s ORDER BY s.id")
@NamedQuery(name = Service.ACTIVE, query = "SELECT s FROM Service s WHERE s.active = TRUE ORDER BY s.id")
public class Service {

    public static final String ALL = "Service.all";
    public static final String ACTIVE = "Service.active";

    @Id
    @SequenceGenerator(name = "appointment_service", sequenceName = "appointment_service_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_service")
    private Long id;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "pause_minutes", nullable = false)
    private int pauseMinutes;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean interpreter;

    @Column(name = "confirm_first", nullable = false)
    private boolean confirmFirst;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_service_text", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, ServiceText> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_offer", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "place_id")
    private Set<Long> placeIds = new HashSet<>();

    protected Service() {
    }

    public Service(Settings settings, Instant now) {
        this.createdAt = now;
        change(settings);
    }

    /** A service's settings, checked: durations in minutes, the horizon in days. */
    public record Settings(int durationMinutes, int pauseMinutes, int minNoticeMinutes, int horizonDays,
            int capacity, boolean interpreter, boolean confirmFirst, boolean active) {

        public Settings {
            check(durationMinutes >= 5 && durationMinutes <= 480, "duration");
            check(pauseMinutes >= 0 && pauseMinutes <= 240, "pause");
            check(minNoticeMinutes >= 0 && minNoticeMinutes <= 43_200, "notice");
            check(horizonDays >= 1 && horizonDays <= 366, "horizon");
            check(capacity >= 1 && capacity <= 100, "capacity");
        }

        private static void check(boolean holds, String what) {
            if (!holds) {
                throw new IllegalArgumentException("A service's " + what + " is out of range");
            }
        }
    }

    public final void change(Settings settings) {
        durationMinutes = settings.durationMinutes();
        pauseMinutes = settings.pauseMinutes();
        minNoticeMinutes = settings.minNoticeMinutes();
        horizonDays = settings.horizonDays();
        capacity = settings.capacity();
        interpreter = settings.interpreter();
        confirmFirst = settings.confirmFirst();
        active = settings.active();
    }

    /** The service's text in a language, written (or replaced) by staff; an empty name removes the language. */
    public void write(String language, ServiceText text) {
        if (text == null) {
            texts.remove(language);
        } else {
            texts.put(Objects.requireNonNull(language), text);
        }
    }

    /** Offered at these places (ids of places); hours of a place no longer offered go with it. */
    public void offerAt(Set<Long> places) {
        placeIds.clear();
        placeIds.addAll(places);
    }

    public Settings settings() {
        return new Settings(durationMinutes, pauseMinutes, minNoticeMinutes, horizonDays, capacity, interpreter,
                confirmFirst, active);
    }

    /** The text in the language asked for, else in English, else in Dutch, else any. */
    public Optional<Map.Entry<String, ServiceText>> text(String language) {
        for (String candidate : new String[]{language, "en", "nl"}) {
            ServiceText text = texts.get(candidate);
            if (text != null) {
                return Optional.of(Map.entry(candidate, text));
            }
        }
        return texts.entrySet().stream().min(Map.Entry.comparingByKey());
    }

    public Long getId() {
        return id;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Duration pause() {
        return Duration.ofMinutes(pauseMinutes);
    }

    public Duration minNotice() {
        return Duration.ofMinutes(minNoticeMinutes);
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public boolean isConfirmFirst() {
        return confirmFirst;
    }

    public boolean isActive() {
        return active;
    }

    public Map<String, ServiceText> getTexts() {
        return Map.copyOf(texts);
    }

    public Set<Long> getPlaceIds() {
        return Set.copyOf(placeIds);
    }
}
