package nl.xenia.portal.staff.boundary;

import java.util.List;

/** A confirmed enrolment: the recovery codes to show once, and the member, now signed in. */
public record Enrolled(List<String> recoveryCodes, SignedIn signedIn) {
}
