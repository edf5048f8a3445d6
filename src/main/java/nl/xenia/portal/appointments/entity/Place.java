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
 * A place appointments happen at. The public sees only {@link #getTown()} (for an office or outreach place) or the
 * kind; {@link #getDetails()} (address, door instructions, a phone number to expect, a video link) is shown only to
 * the holder of a booking's code, and to staff.
 */
@Entity
@Table(name = "appointment_place")
@NamedQuery(name = Place.ALL, query = "SELECT p FROM Place p ORDER BY p.active DESC, p.name")
public class Place {

    public static final String ALL = "Place.all";

    public static final int MAX_NAME = 120;
    public static final int MAX_TOWN = 80;
    public static final int MAX_DETAILS = 2000;

    @Id
    @SequenceGenerator(name = "appointment_place", sequenceName = "appointment_place_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_place")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlaceKind kind;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_TOWN)
    private String town;

    @Column(nullable = false, length = MAX_DETAILS)
    private String details;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Place() {
    }

    public Place(PlaceKind kind, String name, String town, String details, Instant now) {
        this.createdAt = now;
        change(kind, name, town, details, true);
    }

    /** New facts; a town only for a place one goes to. */
    public final void change(PlaceKind kind, String name, String town, String details, boolean active) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.town = kind.hasTown() ? Objects.requireNonNull(town) : null;
        this.details = Objects.requireNonNull(details);
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTown() {
        return town;
    }

    public String getDetails() {
        return details;
    }

    public boolean isActive() {
        return active;
    }
}
