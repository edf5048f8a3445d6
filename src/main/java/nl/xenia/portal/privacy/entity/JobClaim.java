package nl.xenia.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scheduled job's claim, shared by every server: the server that moves {@code claimedUntil} from
 * the past into the future (one UPDATE, which only one can win) runs the job until then.
 */
@Entity
@Table(name = "job_claim")
@NamedQuery(name = JobClaim.CLAIM, query = "UPDATE JobClaim j SET j.claimedUntil = :until, j.lastRunAt = :now"
        + " WHERE j.name = :name AND j.claimedUntil <= :now")
public class JobClaim {

    public static final String CLAIM = "JobClaim.claim";

    @Id
    @Column(length = 40)
    private String name;

    @Column(name = "claimed_until", nullable = false)
    private Instant claimedUntil;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    protected JobClaim() {
    }

    public String getName() {
        return name;
    }

}
