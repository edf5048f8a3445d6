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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A one-off change to a service's hours at a place: closed (the whole day, or from–until) or extra hours on a date.
 * Extra hours on a public holiday open it.
 */
@Entity
@Table(name = "appointment_day_change")
@NamedQuery(name = DayChange.OF_OFFER, query = "SELECT c FROM DayChange c WHERE c.serviceId = :service"
        + " AND c.placeId = :place AND c.onDate BETWEEN :from AND :until ORDER BY c.onDate, c.startsAt")
@NamedQuery(name = DayChange.OF_SERVICE_FROM, query = "SELECT c FROM DayChange c WHERE c.serviceId = :service"
        + " AND c.onDate >= :from ORDER BY c.onDate, c.placeId, c.startsAt")
public class DayChange {

    public static final String OF_OFFER = "DayChange.ofOffer";
    public static final String OF_SERVICE_FROM = "DayChange.ofServiceFrom";

    /** Closed or extra. */
    public enum Kind {
        CLOSED, EXTRA
    }

    @Id
    @SequenceGenerator(name = "appointment_day_change", sequenceName = "appointment_day_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_day_change")
    private Long id;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected DayChange() {
    }

    /** A change; {@code from} and {@code until} both null only for a whole day closed. */
    public DayChange(long serviceId, long placeId, LocalDate date, Kind kind, LocalTime from, LocalTime until) {
        boolean wholeDay = from == null && until == null;
        if (wholeDay ? kind != Kind.CLOSED : from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException(
                    "A change of hours is a whole day closed, or a time that ends after it starts");
        }
        this.serviceId = serviceId;
        this.placeId = placeId;
        this.onDate = Objects.requireNonNull(date);
        this.kind = Objects.requireNonNull(kind);
        this.startsAt = from;
        this.endsAt = until;
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

    public LocalDate getOnDate() {
        return onDate;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }
}
