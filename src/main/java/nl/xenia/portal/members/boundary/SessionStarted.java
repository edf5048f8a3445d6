package nl.xenia.portal.members.boundary;

/**
 * A member session just begun: the token for the member's cookie (only its keyed hash is stored), the member, and
 * whether the sign-in is half-way (the second step's code is still due).
 */
public record SessionStarted(String token, SignedInMember member, boolean secondStepDue) {

    @Override
    public String toString() {
        return "SessionStarted[member=" + member.id() + ", secondStepDue=" + secondStepDue + "]";
    }
}
