package nl.xenia.portal.staff.boundary;

import java.time.Instant;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the staff facades' in-container tests share: their archive, passwords, clients and a complete sign-in. */
final class StaffTesting {

    static final String ADMIN_PASSWORD = "seven sleepy otters by the canal";
    static final String STAFF_PASSWORD = "tea with mint and two sugars please";
    static final String CANARY = "canary-" + nl.xenia.portal.testing.Leaks.marker()
            + ": een vraag over mijn vergunning";
    /** Documentation addresses (RFC 5737), standing in for two clients. */
    static final Client CLIENT = Client.of("192.0.2.10");
    static final Client OTHER_CLIENT = Client.of("198.51.100.20");

    private StaffTesting() {
    }

    /** The whole portal in the container, on the real database (testing.Deployments). */
    static WebArchive archive(String name) {
        return Deployments.archive(name);
    }

    static Instant now() {
        return MovableClock.INSTANCE.instant();
    }

    /** Both steps for a member without a second step yet: the password, then enrolling with a fresh secret. */
    static SignedIn signIn(SignIn login, String username, String password) {
        PasswordAccepted accepted = login.checkPassword(username, password.toCharArray(), CLIENT)
                .orElseThrow(() -> new AssertionError("expected the password of " + username + " accepted"));
        Enrolment enrolment = login.startEnrolment(accepted);
        Totp totp = new Totp();
        return login.confirmEnrolment(accepted, enrolment.secret(), totp.code(enrolment.secret(), now()))
                .signedIn();
    }
}
