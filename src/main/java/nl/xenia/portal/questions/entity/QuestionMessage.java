package nl.xenia.portal.questions.entity;

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
 * One message of a thread, sealed: its text's ciphertext, the data key sealed to the organisation
 * and — for the person's messages and staff answers, never for internal notes — sealed to the
 * person's key too.
 */
@Entity
@Table(name = "question_message")
@NamedQuery(name = QuestionMessage.OF_THREAD, query = "SELECT m FROM QuestionMessage m WHERE m.threadId = :thread ORDER BY m.createdAt, m.id")
@NamedQuery(name = QuestionMessage.DELETE_OF_THREAD, query = "DELETE FROM QuestionMessage m WHERE m.threadId = :thread")
public class QuestionMessage {

    public static final String OF_THREAD = "QuestionMessage.ofThread";
    public static final String DELETE_OF_THREAD = "QuestionMessage.deleteOfThread";

    /** Who wrote it. */
    public enum Author {
        /** The person who asked. */
        PERSON,
        /** A staff answer, for the person. */
        STAFF,
        /** An internal note, for staff only. */
        NOTE
    }

    @Id
    @SequenceGenerator(name = "question_message", sequenceName = "question_message_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_message")
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Author author;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false)
    private byte[] ciphertext;

    @Column(name = "for_organisation", nullable = false)
    private byte[] forOrganisation;

    @Column(name = "for_person")
    private byte[] forPerson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionMessage() {
    }

    /** A message whose text is sealed right after it has its id ({@link #sealed}): the seal is bound to the id. */
    public QuestionMessage(long threadId, Author author, Long staffId, Instant now) {
        if ((author == Author.PERSON) != (staffId == null)) {
            throw new IllegalArgumentException("A person's message has no staff author, a staff one has");
        }
        this.threadId = threadId;
        this.author = Objects.requireNonNull(author);
        this.staffId = staffId;
        this.ciphertext = new byte[0];
        this.forOrganisation = new byte[0];
        this.createdAt = now;
    }

    /** The text, sealed to the organisation and — never for an internal note — to the person. */
    public void sealed(byte[] ciphertext, byte[] forOrganisation, byte[] forPerson) {
        if (author == Author.NOTE && forPerson != null) {
            throw new IllegalArgumentException("An internal note is never sealed for the person");
        }
        this.ciphertext = ciphertext.clone();
        this.forOrganisation = forOrganisation.clone();
        this.forPerson = forPerson == null ? null : forPerson.clone();
    }

    /**
     * What the seal of this message is bound to: its thread, its own id and its author, so that a
     * sealed text moved to another message, thread or author in the database no longer opens.
     */
    public String sealContext() {
        return "question:" + threadId + "/message:" + id + "/" + author + "/"
                + (staffId == null ? "person" : "staff:" + staffId);
    }

    public Long getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }

    public byte[] getCiphertext() {
        return ciphertext.clone();
    }

    public byte[] getForOrganisation() {
        return forOrganisation.clone();
    }

    public byte[] getForPerson() {
        return forPerson == null ? null : forPerson.clone();
    }

    /** The staff member who wrote an answer or note (null for the person's messages, or a member since removed). */
    public Long getStaffId() {
        return staffId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
