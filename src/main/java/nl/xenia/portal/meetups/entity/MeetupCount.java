package nl.xenia.portal.meetups.entity;

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

/**
 * What monitoring keeps of an occurrence once it and its RSVPs are deleted: the month, its first language, who hosted,
 * whether it was held, how many said they come, how many waited, how many came. No RSVP can be told from it.
 */
@Entity
@Table(name = "meetup_count")
@NamedQuery(name = MeetupCount.IN_MONTHS, query = "SELECT c FROM MeetupCount c WHERE c.yearMonth >= :first"
        + " AND c.yearMonth <= :last")
public class MeetupCount {

    /** The counts of occurrences that started from month {@code first} to {@code last} ("2026-01"), included. */
    public static final String IN_MONTHS = "MeetupCount.inMonths";

    @Id
    @SequenceGenerator(name = "meetup_count", sequenceName = "meetup_count_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meetup_count")
    private Long id;

    @Column(name = "year_month", nullable = false, length = 7)
    private String yearMonth;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_kind", nullable = false, length = 5)
    private HostKind hostKind;

    @Column(nullable = false)
    private boolean held;

    @Column(nullable = false)
    private int rsvps;

    @Column(nullable = false)
    private int waited;

    @Column
    private Integer came;

    protected MeetupCount() {
    }

    public MeetupCount(String yearMonth, String language, HostKind hostKind, boolean held, int rsvps, int waited,
            Integer came) {
        this.yearMonth = yearMonth;
        this.language = language;
        this.hostKind = hostKind;
        this.held = held;
        this.rsvps = rsvps;
        this.waited = waited;
        this.came = came;
    }

    public String getYearMonth() {
        return yearMonth;
    }

    public String getLanguage() {
        return language;
    }

    public HostKind getHostKind() {
        return hostKind;
    }

    public boolean isHeld() {
        return held;
    }

    public int getRsvps() {
        return rsvps;
    }

    public int getWaited() {
        return waited;
    }

    public Integer getCame() {
        return came;
    }
}
