package nl.xenia.portal.consultations.view.members;

import java.lang.reflect.InvocationTargetException;
import nl.xenia.portal.testing.CookieJar;
import org.opentest4j.TestAbortedException;

/**
 * The signed-in member the consultation page tests speak as: the cookies of a member the members' fixture
 * ({@code testing.MemberSession.joined}) made and signed in through the real pages. The one place that names that
 * fixture: it is found by name while it is written beside this, so the page tests are skipped (not passed) until it
 * is there; once both are on main this becomes {@code return MemberSession.joined(pseudonym).cookies();}.
 */
final class MemberSignIn {

    private static final String FIXTURE = "nl.xenia.portal.testing.MemberSession";

    private MemberSignIn() {
    }

    /** A member of the test's own under this pseudonym, joined and signed in; its session's cookies. */
    static CookieJar cookies(String pseudonym) {
        Class<?> fixture;
        try {
            fixture = Class.forName(FIXTURE);
        } catch (ClassNotFoundException notYet) {
            throw new TestAbortedException("the members' sign-in fixture (" + FIXTURE + ") is not here yet");
        }
        try {
            Object member = fixture.getMethod("joined", String.class).invoke(null, pseudonym);
            return (CookieJar) fixture.getMethod("cookies").invoke(member);
        } catch (InvocationTargetException failed) {
            // the fixture's own assertion (an Error) or failure, as it was
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException changed) {
            throw new IllegalStateException("expected " + FIXTURE + ".joined(String).cookies()", changed);
        }
    }
}
