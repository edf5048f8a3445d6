package nl.xenia.portal.staff.boundary;

import static nl.xenia.portal.staff.boundary.StaffTesting.ADMIN_PASSWORD;
import static nl.xenia.portal.staff.boundary.StaffTesting.CANARY;
import static nl.xenia.portal.staff.boundary.StaffTesting.CLIENT;
import static nl.xenia.portal.staff.boundary.StaffTesting.STAFF_PASSWORD;
import static nl.xenia.portal.staff.boundary.StaffTesting.now;
import static nl.xenia.portal.staff.boundary.StaffTesting.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AuditTrail;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How people become staff members, in the container on the real database: the first admin with the
 * bootstrap token (and, from there, the whole first journey: both steps, an invitation, opening sealed
 * items, a new password, deactivation), and a new admin with the recovery key. Every test's work is
 * rolled back (only the failed-login audit entries, written on their own, remain).
 */
@ExtendWith(ArquillianExtension.class)
class StaffOnboardingIT {

    @Deployment
    static WebArchive deployment() {
        return StaffTesting.archive("staff-onboarding-it");
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
    void theFirstAdminSignsInWithTwoFactorsInvitesStaffAndBothOpenSealedItems() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String recoveryKey = onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "Admin-One",
                    ADMIN_PASSWORD.toCharArray());
            assertFalse(recoveryKey.isBlank(), "expected a recovery key to show once");
            assertTrue(keys.exists(), "expected the organisation key created with the first admin");

            assertTrue(
                    login.checkPassword("admin-one", "wrong password of some length".toCharArray(), CLIENT)
                            .isEmpty(),
                    "expected a wrong password refused");
            PasswordAccepted admin = login
                    .checkPassword(" Admin-One ", ADMIN_PASSWORD.toCharArray(), CLIENT)
                    .orElseThrow(() -> new AssertionError("expected the password accepted"));
            assertFalse(admin.secondFactorEnrolled(), "expected no second factor yet at the first login");

            Enrolment enrolment = login.startEnrolment(admin);
            assertTrue(enrolment.qrSvg().startsWith("<svg"), "expected a QR code drawn by the server");
            Enrolled enrolled = login.confirmEnrolment(admin, enrolment.secret(),
                    totp.code(enrolment.secret(), now()));
            List<String> recoveryCodes = enrolled.recoveryCodes();
            assertTrue(enrolled.signedIn().has(Role.ADMIN), "expected the confirmed enrolment to complete the login");
            assertEquals(10, recoveryCodes.size(), "expected ten recovery codes shown once");
            assertTrue(login.completeLogin(admin, totp.code(enrolment.secret(), now())).isEmpty(),
                    "expected the code used for enrolment refused a second time");
            SignedIn signedIn = login
                    .completeLogin(admin, totp.code(enrolment.secret(), now().plusSeconds(30)))
                    .orElseThrow(() -> new AssertionError("expected the next code to sign in"));
            assertTrue(signedIn.has(Role.ADMIN), "expected the first account to be an admin");

            nl.xenia.portal.privacy.boundary.Sealed sealed = keys.seal(CANARY, "question:9001", Optional.empty());
            assertEquals(CANARY, keys.open(sealed, "question:9001", signedIn.key(), signedIn.username()),
                    "expected the admin's session to open a sealed item");
            assertEquals(1, audit.of("admin-one", AuditAction.SEALED_ITEM_OPENED, "question").size(),
                    "expected the opening recorded in the audit log");

            Invitation invitation = administration.invite(signedIn, "worker-two", EnumSet.of(Role.STAFF),
                    null, "en");
            assertThrows(StaffAccountException.class,
                    () -> onboarding.activate(invitation.code(), "too short".toCharArray()),
                    "expected a short password refused at activation");
            assertEquals("worker-two", onboarding.activate(invitation.code().toLowerCase().replace("-", " "),
                    STAFF_PASSWORD.toCharArray()), "expected the invitation code, typed loosely, to activate");
            assertThrows(StaffAccountException.class,
                    () -> onboarding.activate(invitation.code(), STAFF_PASSWORD.toCharArray()),
                    "expected an invitation to work once");

            PasswordAccepted worker = login
                    .checkPassword("worker-two", STAFF_PASSWORD.toCharArray(), CLIENT)
                    .orElseThrow(() -> new AssertionError("expected the new member's password accepted"));
            Enrolment workerEnrolment = login.startEnrolment(worker);
            List<String> workerCodes = login.confirmEnrolment(worker, workerEnrolment.secret(),
                    totp.code(workerEnrolment.secret(), now())).recoveryCodes();
            SignedIn workerIn = login.completeLoginWithRecoveryCode(worker, workerCodes.get(0))
                    .orElseThrow(() -> new AssertionError("expected a recovery code to stand in for the phone"));
            assertTrue(login.completeLoginWithRecoveryCode(worker, workerCodes.get(0)).isEmpty(),
                    "expected a recovery code to work once");
            assertFalse(myAccount.hasAccess(workerIn), "expected a new member without the organisation's key");
            assertThrows(java.security.GeneralSecurityException.class,
                    () -> keys.open(sealed, "question:9001", workerIn.key(), workerIn.username()),
                    "expected the invitation and activation to open nothing sealed");
            assertEquals(1, administration.waitingForAccess(signedIn),
                    "expected the member counted as waiting for access");
            assertThrows(StaffAccountException.class, () -> administration.giveAccess(workerIn, workerIn.staffId()),
                    "expected only admins to give access");
            administration.giveAccess(signedIn, workerIn.staffId());
            assertEquals(CANARY, keys.open(sealed, "question:9001", workerIn.key(), workerIn.username()),
                    "expected the member's session to open sealed items once an admin gave access");
            assertEquals(0, administration.waitingForAccess(signedIn), "expected nobody waiting for access any more");
            assertThrows(StaffAccountException.class,
                    () -> administration.invite(workerIn, "worker-three", EnumSet.of(Role.STAFF), null, "en"),
                    "expected only admins to invite");

            myAccount.changePassword(signedIn, ADMIN_PASSWORD.toCharArray(),
                    "a brand new pass phrase for admin".toCharArray());
            MovableClock.INSTANCE.advance(java.time.Duration.ofSeconds(60));
            PasswordAccepted again = login
                    .checkPassword("admin-one", "a brand new pass phrase for admin".toCharArray(), CLIENT)
                    .orElseThrow();
            SignedIn adminAgain = login
                    .completeLogin(again, totp.code(enrolment.secret(), now()))
                    .orElseThrow(() -> new AssertionError("expected the second factor to survive a password change"));
            assertEquals(CANARY, keys.open(sealed, "question:9001", adminAgain.key(), "admin-one"),
                    "expected the key rewrapped for the new password");

            login.signedOut(workerIn);
            assertEquals(1,
                    audit.of("worker-two", AuditAction.LOGOUT, null)
                            .size(),
                    "expected the sign-out recorded in the audit log");
            administration.deactivate(signedIn, workerIn.staffId());
            nl.xenia.portal.privacy.boundary.Sealed afterLeaving = keys.seal(CANARY, "question:9003", Optional.empty());
            assertThrows(java.security.GeneralSecurityException.class,
                    () -> keys.open(afterLeaving, "question:9003", workerIn.key(), workerIn.username()),
                    "expected what is sealed after a member left out of reach of the keyset that member held");
            assertEquals(CANARY, keys.open(afterLeaving, "question:9003", signedIn.key(), "admin-one"),
                    "expected the admin's session to hold the renewed key at once");
            assertEquals(CANARY, keys.open(afterLeaving, "question:9003", adminAgain.key(), "admin-one"),
                    "expected another session of a holder to open the renewed key at its next use");
            assertEquals(CANARY, keys.open(sealed, "question:9001", adminAgain.key(), "admin-one"),
                    "expected items sealed before the renewal still to open");
            assertTrue(login.checkPassword("worker-two", STAFF_PASSWORD.toCharArray(), CLIENT).isEmpty(),
                    "expected a deactivated account unable to sign in");
            assertTrue(keys.unlock(workerIn.staffId(), worker.key()).isEmpty(),
                    "expected the deactivated member's key wrapper gone");
            assertThrows(StaffAccountException.class, () -> administration.deactivate(signedIn, signedIn.staffId()),
                    "expected the last admin not to be deactivated");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theRecoveryKeyMakesANewAdminOnceAndIsReplaced() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String recoveryKey = onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-lost",
                    ADMIN_PASSWORD.toCharArray());
            nl.xenia.portal.privacy.boundary.Sealed sealed = keys.seal(CANARY, "question:9002", Optional.empty());
            assertEquals(StaffAccountException.Problem.RECOVERY_INVALID,
                    assertThrows(StaffAccountException.class, () -> onboarding.recoverWithKey("bm90IHRoZSBrZXk",
                            "admin-lost", STAFF_PASSWORD.toCharArray())).getProblem(),
                    "expected a wrong key refused before the (taken) name is looked at");
            assertFalse(audit.of("unknown", AuditAction.LOGIN_FAILED, "recovery").isEmpty(),
                    "expected the failed recovery in the audit log");
            String renewed = onboarding.recoverWithKey(recoveryKey, "admin-rescue", STAFF_PASSWORD.toCharArray());
            assertFalse(renewed.equals(recoveryKey), "expected a new recovery key");
            assertThrows(StaffAccountException.class,
                    () -> onboarding.recoverWithKey(recoveryKey, "admin-rescue-two", STAFF_PASSWORD.toCharArray()),
                    "expected the used recovery key to stop working");
            SignedIn rescuer = signIn(login, "admin-rescue", STAFF_PASSWORD);
            assertTrue(rescuer.has(Role.ADMIN), "expected the recovered account to be an admin");
            assertEquals(CANARY, keys.open(sealed, "question:9002", rescuer.key(), rescuer.username()),
                    "expected the recovered admin to open what was sealed before");
            assertEquals(1, audit.of("admin-rescue", AuditAction.RECOVERY_KEY_USED, null).size(),
                    "expected the recovery in the audit log");
            assertTrue(keys.recover(java.util.Base64.getDecoder().decode(renewed)).isPresent(),
                    "expected the new recovery key to work");
        } finally {
            transaction.rollback();
        }
    }
}
