package nl.xenia.portal.consultations.view.members;

import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.MemberSession;

/**
 * The signed-in member the consultation page tests speak as: the cookies of a member the members' fixture
 * ({@link MemberSession#joined}) made and signed in through the real pages.
 */
final class MemberSignIn {

    private MemberSignIn() {
    }

    /** A member of the test's own under this pseudonym, joined and signed in; its session's cookies. */
    static CookieJar cookies(String pseudonym) {
        return MemberSession.joined(pseudonym).cookies();
    }
}
