package nl.xenia.portal.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One block of a service's weekly opening at a place: a weekday, from, until (several blocks a day are allowed). */
@Entity
@Table(name = "appointment_hours")
@NamedQuery(name = WeeklyHours.OF_OFFER, query = "SELECT h FROM WeeklyHours h WHERE h.serviceId = :service"
        + " AND h.placeId = :place ORDER BY h.dayOfWeek, h.startsAt")
@NamedQuery(name = WeeklyHours.OF_SERVICE, query = "SELECT h FROM WeeklyHours h WHERE h.serviceId = :service"
        + " ORDER BY h.placeId, h.dayOfWeek, h.startsAt")
public class WeeklyHours {

    public static final String OF_OFFER = "WeeklyHours.ofOffer";
    public static final String OF_SERVICE = "WeeklyHours.ofService";

    @Id
    @SequenceGenerator(name = "appointment_hours", sequenceName = "appointment_hours_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_hours")
    private Long id;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected WeeklyHours() {
    }

    public WeeklyHours(long serviceId, long placeId, DayOfWeek day, LocalTime from, LocalTime until) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A block of hours ends after it starts");
        }
        this.serviceId = serviceId;
        this.placeId = placeId;
        this.dayOfWeek = Objects.requireNonNull(day).getValue();
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

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }
}
