package nl.xenia.portal.members.boundary;

/**
 * A signed-in member of the sounding board, for one request: the member's id, pseudonym and language. Never a staff
 * account. Facades that take it check again that the account still exists.
 */
public record SignedInMember(long id, String pseudonym, String language) {
}
