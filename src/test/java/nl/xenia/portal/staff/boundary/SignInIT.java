package nl.xenia.portal.staff.boundary;

import static nl.xenia.portal.staff.boundary.StaffTesting.ADMIN_PASSWORD;
import static nl.xenia.portal.staff.boundary.StaffTesting.CLIENT;
import static nl.xenia.portal.staff.boundary.StaffTesting.OTHER_CLIENT;
import static nl.xenia.portal.staff.boundary.StaffTesting.now;
import static nl.xenia.portal.staff.boundary.StaffTesting.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.testing.AuditTrail;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in, in the container on the real database: the second step can be neither skipped nor
 * guessed, and failed passwords are throttled per name and client, refused with a wait. Every test's
 * work is rolled back (only the failed-login audit entries, written on their own, remain).
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return StaffTesting.archive("sign-in-it");
    }

    @Inject
    StaffOnboarding onboarding;

    @Inject
    SignIn login;

    @Inject
    StaffAdministration administration;

    @Inject
    MyAccount myAccount;

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    OrganisationKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    UserTransaction transaction;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    javax.sql.DataSource database;

    @Inject
    OutboxProbe outbox;

    private final Totp totp = new Totp();

    @Test
    void theSecondStepCannotBeSkippedByEnrollingAgainNorGuessed() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-guarded",
                    ADMIN_PASSWORD.toCharArray());
            signIn(login, "admin-guarded", ADMIN_PASSWORD);
            PasswordAccepted passwordOnly = login
                    .checkPassword("admin-guarded", ADMIN_PASSWORD.toCharArray(), CLIENT).orElseThrow();
            assertEquals(StaffAccountException.Problem.NOT_ALLOWED,
                    assertThrows(StaffAccountException.class, () -> login.startEnrolment(passwordOnly))
                            .getProblem(),
                    "expected no new second step offered to an account that has one");
            byte[] attackerSecret = Totp.newSecret();
            assertThrows(StaffAccountException.class, () -> login.confirmEnrolment(passwordOnly, attackerSecret,
                    totp.code(attackerSecret, now())), "expected a self-made second step refused");
            for (int i = 0; i < 4; i++) {
                assertTrue(login.completeLogin(passwordOnly, "000000").isEmpty(), "expected a wrong code refused");
            }
            assertEquals(StaffAccountException.Problem.LOGIN_ENDED,
                    assertThrows(StaffAccountException.class,
                            () -> login.completeLoginWithRecoveryCode(passwordOnly, "AAAA-BBBB-CCCC-DDDD"))
                            .getProblem(),
                    "expected the fifth wrong code (recovery codes counted too) to end the sign-in");
            assertEquals(StaffAccountException.Problem.LOGIN_ENDED,
                    assertThrows(StaffAccountException.class, () -> login.completeLogin(passwordOnly, "123456"))
                            .getProblem(),
                    "expected an ended sign-in to take no more codes");
            assertTrue(java.util.Arrays.equals(new byte[passwordOnly.key().length], passwordOnly.key()),
                    "expected the ended sign-in's key dropped");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void repeatedFailuresAreRefusedEvenWithTheRightPassword() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-throttled",
                    ADMIN_PASSWORD.toCharArray());
            MovableClock.INSTANCE.freeze();
            for (int i = 0; i < 5; i++) {
                String wrong = "not it, attempt " + i + " ....";
                assertTrue(refused(() -> login.checkPassword("admin-throttled", wrong.toCharArray(), CLIENT)),
                        "expected a wrong password refused");
            }
            StaffAccountException waiting = assertThrows(StaffAccountException.class,
                    () -> login.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), CLIENT),
                    "expected the right password refused from the client that failed, during its delay");
            assertEquals(StaffAccountException.Problem.WAIT, waiting.getProblem(),
                    "expected the refusal during the delay to say: wait");
            assertTrue(waiting.getWait().compareTo(java.time.Duration.ZERO) > 0
                    && waiting.getWait().compareTo(java.time.Duration.ofMinutes(15)) <= 0,
                    "expected a wait of more than nothing and at most fifteen minutes, not " + waiting.getWait());
            assertTrue(
                    login.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), OTHER_CLIENT).isPresent(),
                    "expected the owner on another connection to get in: failures count per name and client");
            MovableClock.INSTANCE.advance(java.time.Duration.ofSeconds(20));
            assertTrue(login.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), CLIENT).isPresent(),
                    "expected the right password accepted once the delay has passed");
            assertTrue(login.checkPassword("nobody-by-this-name", ADMIN_PASSWORD.toCharArray(), CLIENT).isEmpty(),
                    "expected an unknown name refused like a wrong password");
        } finally {
            MovableClock.INSTANCE.unfreeze();
            transaction.rollback();
        }
    }

    /** Refused: an empty answer, or WAIT during a delay. */
    private static boolean refused(java.util.function.Supplier<java.util.Optional<PasswordAccepted>> attempt) {
        try {
            return attempt.get().isEmpty();
        } catch (StaffAccountException waiting) {
            return waiting.getProblem() == StaffAccountException.Problem.WAIT;
        }
    }
}
