package nl.xenia.portal.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A staff member's wish for a mail (no content) at every new question: where to, and in which language. */
@Entity
@Table(name = "question_alert")
@NamedQuery(name = QuestionAlert.ALL, query = "SELECT a FROM QuestionAlert a ORDER BY a.staffId")
public class QuestionAlert {

    public static final String ALL = "QuestionAlert.all";

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(nullable = false, length = 8)
    private String language;

    protected QuestionAlert() {
    }

    public QuestionAlert(long staffId, String address, String language) {
        this.staffId = staffId;
        this.address = Objects.requireNonNull(address);
        this.language = Objects.requireNonNull(language);
    }

    public void moveTo(String address, String language) {
        this.address = Objects.requireNonNull(address);
        this.language = Objects.requireNonNull(language);
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getAddress() {
        return address;
    }

    public String getLanguage() {
        return language;
    }
}
