package nl.xenia.portal.members.boundary;

import java.time.LocalDate;

/**
 * A member as the office lists them: the pseudonym, the day of joining, and whether a second step and an address are
 * set (never the address itself).
 */
public record MemberListing(long id, String pseudonym, LocalDate joinedOn, boolean secondStep, boolean address) {
}
