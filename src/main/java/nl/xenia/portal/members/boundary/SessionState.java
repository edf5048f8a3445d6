package nl.xenia.portal.members.boundary;

/** A live member session as the guard finds it by its cookie: the member, and whether the second step is still due. */
public record SessionState(SignedInMember member, boolean secondStepDue) {
}
