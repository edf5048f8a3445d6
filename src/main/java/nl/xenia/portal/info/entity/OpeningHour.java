package nl.xenia.portal.info.entity;

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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly period when Xenia can be visited or reached. Demo content marks its rows as examples so
 * no reader takes them for real hours.
 */
@Entity
@Table(name = "opening_hour")
@NamedQuery(name = OpeningHour.ALL, query = "SELECT o FROM OpeningHour o ORDER BY o.dayOfWeek, o.opens, o.kind")
public class OpeningHour {

    public static final String ALL = "OpeningHour.all";

    /** What the period is for. */
    public enum Kind {
        WALK_IN, CONSULTATION
    }

    @Id
    @SequenceGenerator(name = "opening_hour", sequenceName = "opening_hour_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_hour")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    @Column(nullable = false)
    private boolean example;

    protected OpeningHour() {
    }

    public OpeningHour(Kind kind, DayOfWeek day, LocalTime opens, LocalTime closes, boolean example) {
        this.kind = Objects.requireNonNull(kind);
        this.dayOfWeek = day.getValue();
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
        this.example = example;
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("An opening period must close after it opens");
        }
    }

    public Kind getKind() {
        return kind;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public boolean isExample() {
        return example;
    }
}
