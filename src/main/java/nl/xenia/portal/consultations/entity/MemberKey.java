package nl.xenia.portal.consultations.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row that belongs to one member in one consultation or session ({@code owner}: its id). */
public class MemberKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long owner;
    private long memberId;

    public MemberKey() {
    }

    public MemberKey(long owner, long memberId) {
        this.owner = owner;
        this.memberId = memberId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberKey key && key.owner == owner && key.memberId == memberId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, memberId);
    }
}
