package nl.xenia.portal.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that stands in for the second factor when the phone is lost; only its hash is kept. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED, query = "SELECT c FROM RecoveryCode c WHERE c.staffId = :staff"
        + " AND c.codeHash = :hash AND c.usedAt IS NULL")
@NamedQuery(name = RecoveryCode.DELETE_OF_STAFF, query = "DELETE FROM RecoveryCode c WHERE c.staffId = :staff")
public class RecoveryCode {

    public static final String UNUSED = "RecoveryCode.unused";
    public static final String DELETE_OF_STAFF = "RecoveryCode.deleteOfStaff";

    @Id
    @SequenceGenerator(name = "recovery_code", sequenceName = "recovery_code_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code")
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long staffId, String codeHash) {
        this.staffId = staffId;
        this.codeHash = codeHash;
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("A recovery code can be used once");
        }
        usedAt = now;
    }
}
