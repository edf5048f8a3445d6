package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A member's response until the close: a draft, or sent. Its content is encrypted under a key outside the database
 * (see the facade); at the close every response of the consultation is deleted, the sent anonymous ones written
 * unlinked first.
 */
@Entity
@Table(name = "consultation_response")
@IdClass(MemberKey.class)
@NamedQuery(name = Response.SENT_OF, query = "SELECT r FROM Response r WHERE r.owner = :consultation AND r.sent = TRUE")
@NamedQuery(name = Response.DELETE_OF, query = "DELETE FROM Response r WHERE r.owner = :consultation")
public class Response {

    public static final String SENT_OF = "Response.sentOf";
    public static final String DELETE_OF = "Response.deleteOf";

    @Id
    @Column(name = "consultation_id")
    private long owner;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private boolean sent;

    @Column(nullable = false)
    private byte[] content;

    protected Response() {
    }

    public Response(long consultationId, long memberId, byte[] content) {
        this.owner = consultationId;
        this.memberId = memberId;
        this.content = content.clone();
    }

    public void keep(byte[] newContent, boolean isSent) {
        content = newContent.clone();
        sent = sent || isSent;
    }

    public static String context(long consultationId, long memberId) {
        return "consultation-response:" + consultationId + ":" + memberId;
    }

    public String context() {
        return context(owner, memberId);
    }

    public long getConsultationId() {
        return owner;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isSent() {
        return sent;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
