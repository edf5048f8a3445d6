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
import java.util.Objects;

/**
 * What monitoring keeps of a deleted appointment: the month of its time, the service, the kind of place, the
 * conversation's language, whether an interpreter was wanted, and how it ended. No content, no code, no date.
 */
@Entity
@Table(name = "appointment_count")
@NamedQuery(name = AppointmentCount.IN_MONTHS, query = "SELECT c FROM AppointmentCount c WHERE c.yearMonth >= :first"
        + " AND c.yearMonth <= :last")
public class AppointmentCount {

    /** The counts of appointments whose time was from month {@code first} to {@code last} ("2026-01"), included. */
    public static final String IN_MONTHS = "AppointmentCount.inMonths";

    /** How an appointment ended, for monitoring: a confirmed one nobody marked counts as NOT_MARKED. */
    public enum Outcome {
        ATTENDED, NO_SHOW, CANCELLED_BY_PERSON, CANCELLED_BY_XENIA, DECLINED, NOT_MARKED
    }

    @Id
    @SequenceGenerator(name = "appointment_count", sequenceName = "appointment_count_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_count")
    private Long id;

    @Column(name = "year_month", nullable = false, length = 7)
    private String yearMonth;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 10)
    private PlaceKind placeKind;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "interpreter_wanted", nullable = false)
    private boolean interpreterWanted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    protected AppointmentCount() {
    }

    public AppointmentCount(String yearMonth, long serviceId, PlaceKind placeKind, String language,
            boolean interpreterWanted, Outcome outcome) {
        this.yearMonth = Objects.requireNonNull(yearMonth);
        this.serviceId = serviceId;
        this.placeKind = Objects.requireNonNull(placeKind);
        this.language = Objects.requireNonNull(language);
        this.interpreterWanted = interpreterWanted;
        this.outcome = Objects.requireNonNull(outcome);
    }

    /** The outcome an appointment's last state counts as. */
    public static Outcome outcomeOf(AppointmentStatus status) {
        return switch (status) {
            case ATTENDED -> Outcome.ATTENDED;
            case NO_SHOW -> Outcome.NO_SHOW;
            case CANCELLED_BY_PERSON -> Outcome.CANCELLED_BY_PERSON;
            case CANCELLED_BY_XENIA -> Outcome.CANCELLED_BY_XENIA;
            case DECLINED -> Outcome.DECLINED;
            case REQUESTED, CONFIRMED -> Outcome.NOT_MARKED;
        };
    }

    public String getYearMonth() {
        return yearMonth;
    }

    public long getServiceId() {
        return serviceId;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isInterpreterWanted() {
        return interpreterWanted;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
