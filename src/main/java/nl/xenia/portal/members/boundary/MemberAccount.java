package nl.xenia.portal.members.boundary;

import java.time.LocalDate;

/** What the account page shows a member: the pseudonym, the day of joining, whether a second step and an address are set. */
public record MemberAccount(String pseudonym, LocalDate joinedOn, boolean secondStep, boolean address) {
}
