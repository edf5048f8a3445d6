package nl.xenia.portal.info.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of the 18 municipalities of Fryslân, with what staff keep about it: the licensing desk's
 * contact (the same in every language) and whether it takes part in the regional supervision pilot.
 */
@Entity
@Table(name = "municipality")
@NamedQuery(name = Municipality.ALL, query = "SELECT m FROM Municipality m ORDER BY m.name")
public class Municipality {

    public static final String ALL = "Municipality.all";
    public static final int MAX_DESK = 500;

    /** Part of the regional supervision pilot or not; unknown until staff say. */
    public enum Pilot {
        YES, NO, UNKNOWN
    }

    @Id
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "licensing_desk", length = MAX_DESK)
    private String licensingDesk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Pilot pilot = Pilot.UNKNOWN;

    @Column(nullable = false)
    private boolean example;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected Municipality() {
    }

    /** Staff's facts replace the example, if there was one. */
    public void update(String desk, Pilot newPilot, String by, Instant now) {
        licensingDesk = desk;
        pilot = newPilot;
        example = false;
        updatedBy = by;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLicensingDesk() {
        return licensingDesk;
    }

    public Pilot getPilot() {
        return pilot;
    }

    public boolean isExample() {
        return example;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
