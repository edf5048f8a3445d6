package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.staff.control.Totp;
import nl.xenia.portal.staff.entity.AuditAction;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts and the organisation's key, in the container on the real database: the first admin,
 * two-step login with TOTP, invitation and activation, opening sealed items, deactivation. Every
 * test's work is rolled back (only the failed-login audit entries, written on their own, remain), and
 * each starts from a fresh installation inside its transaction, whether or not the office fixture
 * has set up the portal's first admin.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    private static final String ADMIN_PASSWORD = "seven sleepy otters by the canal";
    private static final String STAFF_PASSWORD = "tea with mint and two sugars please";
    private static final String CANARY = "canary-" + nl.xenia.portal.testing.Leaks.marker()
            + ": een vraag over mijn vergunning";
    /** Documentation addresses (RFC 5737), standing in for two clients. */
    private static final Client CLIENT = Client.of("192.0.2.10");
    private static final Client OTHER_CLIENT = Client.of("198.51.100.20");

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("staff-accounts-it");
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    OrganisationKeys keys;

    @Inject
    AuditLog auditLog;

    @Inject
    UserTransaction transaction;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    javax.sql.DataSource database;

    @Inject
    OutboxProbe outbox;

    private final Totp totp = new Totp();

    private static Instant now() {
        return MovableClock.INSTANCE.instant();
    }

    @Test
    void theFirstAdminSignsInWithTwoFactorsInvitesStaffAndBothOpenSealedItems() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String recoveryKey = accounts.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "Admin-One",
                    ADMIN_PASSWORD.toCharArray());
            assertFalse(recoveryKey.isBlank(), "expected a recovery key to show once");
            assertTrue(keys.exists(), "expected the organisation key created with the first admin");

            assertTrue(
                    accounts.checkPassword("admin-one", "wrong password of some length".toCharArray(), CLIENT)
                            .isEmpty(),
                    "expected a wrong password refused");
            StaffAccounts.PasswordAccepted admin = accounts
                    .checkPassword(" Admin-One ", ADMIN_PASSWORD.toCharArray(), CLIENT)
                    .orElseThrow(() -> new AssertionError("expected the password accepted"));
            assertFalse(admin.secondFactorEnrolled(), "expected no second factor yet at the first login");

            StaffAccounts.Enrolment enrolment = accounts.startEnrolment(admin);
            assertTrue(enrolment.qrSvg().startsWith("<svg"), "expected a QR code drawn by the server");
            StaffAccounts.Enrolled enrolled = accounts.confirmEnrolment(admin, enrolment.secret(),
                    totp.code(enrolment.secret(), now()));
            List<String> recoveryCodes = enrolled.recoveryCodes();
            assertTrue(enrolled.signedIn().has(Role.ADMIN), "expected the confirmed enrolment to complete the login");
            assertEquals(10, recoveryCodes.size(), "expected ten recovery codes shown once");
            assertTrue(accounts.completeLogin(admin, totp.code(enrolment.secret(), now())).isEmpty(),
                    "expected the code used for enrolment refused a second time");
            StaffAccounts.SignedIn signedIn = accounts
                    .completeLogin(admin, totp.code(enrolment.secret(), now().plusSeconds(30)))
                    .orElseThrow(() -> new AssertionError("expected the next code to sign in"));
            assertTrue(signedIn.has(Role.ADMIN), "expected the first account to be an admin");

            Sealing.Sealed sealed = keys.seal(CANARY, "question:9001", Optional.empty());
            assertEquals(CANARY, keys.open(sealed, "question:9001", signedIn.key(), signedIn.username()),
                    "expected the admin's session to open a sealed item");
            assertEquals(1, auditLog.find(new AuditLog.Filter(null, null, "admin-one", AuditAction.SEALED_ITEM_OPENED,
                    "question"), 0, 10).size(), "expected the opening recorded in the audit log");

            StaffAccounts.Invitation invitation = accounts.invite(signedIn, "worker-two", EnumSet.of(Role.STAFF),
                    null, "en");
            assertThrows(StaffAccountException.class,
                    () -> accounts.activate(invitation.code(), "too short".toCharArray()),
                    "expected a short password refused at activation");
            assertEquals("worker-two", accounts.activate(invitation.code().toLowerCase().replace("-", " "),
                    STAFF_PASSWORD.toCharArray()), "expected the invitation code, typed loosely, to activate");
            assertThrows(StaffAccountException.class,
                    () -> accounts.activate(invitation.code(), STAFF_PASSWORD.toCharArray()),
                    "expected an invitation to work once");

            StaffAccounts.PasswordAccepted worker = accounts
                    .checkPassword("worker-two", STAFF_PASSWORD.toCharArray(), CLIENT)
                    .orElseThrow(() -> new AssertionError("expected the new member's password accepted"));
            StaffAccounts.Enrolment workerEnrolment = accounts.startEnrolment(worker);
            List<String> workerCodes = accounts.confirmEnrolment(worker, workerEnrolment.secret(),
                    totp.code(workerEnrolment.secret(), now())).recoveryCodes();
            StaffAccounts.SignedIn workerIn = accounts.completeLoginWithRecoveryCode(worker, workerCodes.get(0))
                    .orElseThrow(() -> new AssertionError("expected a recovery code to stand in for the phone"));
            assertTrue(accounts.completeLoginWithRecoveryCode(worker, workerCodes.get(0)).isEmpty(),
                    "expected a recovery code to work once");
            assertFalse(accounts.hasAccess(workerIn), "expected a new member without the organisation's key");
            assertThrows(java.security.GeneralSecurityException.class,
                    () -> keys.open(sealed, "question:9001", workerIn.key(), workerIn.username()),
                    "expected the invitation and activation to open nothing sealed");
            assertEquals(1, accounts.waitingForAccess(signedIn), "expected the member counted as waiting for access");
            assertThrows(StaffAccountException.class, () -> accounts.giveAccess(workerIn, workerIn.staffId()),
                    "expected only admins to give access");
            accounts.giveAccess(signedIn, workerIn.staffId());
            assertEquals(CANARY, keys.open(sealed, "question:9001", workerIn.key(), workerIn.username()),
                    "expected the member's session to open sealed items once an admin gave access");
            assertEquals(0, accounts.waitingForAccess(signedIn), "expected nobody waiting for access any more");
            assertThrows(StaffAccountException.class,
                    () -> accounts.invite(workerIn, "worker-three", EnumSet.of(Role.STAFF), null, "en"),
                    "expected only admins to invite");

            accounts.changePassword(signedIn, ADMIN_PASSWORD.toCharArray(),
                    "a brand new pass phrase for admin".toCharArray());
            MovableClock.INSTANCE.advance(java.time.Duration.ofSeconds(60));
            StaffAccounts.PasswordAccepted again = accounts
                    .checkPassword("admin-one", "a brand new pass phrase for admin".toCharArray(), CLIENT)
                    .orElseThrow();
            StaffAccounts.SignedIn adminAgain = accounts
                    .completeLogin(again, totp.code(enrolment.secret(), now()))
                    .orElseThrow(() -> new AssertionError("expected the second factor to survive a password change"));
            assertEquals(CANARY, keys.open(sealed, "question:9001", adminAgain.key(), "admin-one"),
                    "expected the key rewrapped for the new password");

            accounts.signedOut(workerIn);
            assertEquals(1,
                    auditLog.find(new AuditLog.Filter(null, null, "worker-two", AuditAction.LOGOUT, null), 0, 10)
                            .size(),
                    "expected the sign-out recorded in the audit log");
            accounts.deactivate(signedIn, workerIn.staffId());
            Sealing.Sealed afterLeaving = keys.seal(CANARY, "question:9003", Optional.empty());
            assertThrows(java.security.GeneralSecurityException.class,
                    () -> keys.open(afterLeaving, "question:9003", workerIn.key(), workerIn.username()),
                    "expected what is sealed after a member left out of reach of the keyset that member held");
            assertEquals(CANARY, keys.open(afterLeaving, "question:9003", signedIn.key(), "admin-one"),
                    "expected the admin's session to hold the renewed key at once");
            assertEquals(CANARY, keys.open(afterLeaving, "question:9003", adminAgain.key(), "admin-one"),
                    "expected another session of a holder to open the renewed key at its next use");
            assertEquals(CANARY, keys.open(sealed, "question:9001", adminAgain.key(), "admin-one"),
                    "expected items sealed before the renewal still to open");
            assertTrue(accounts.checkPassword("worker-two", STAFF_PASSWORD.toCharArray(), CLIENT).isEmpty(),
                    "expected a deactivated account unable to sign in");
            assertTrue(keys.unlock(workerIn.staffId(), worker.key()).isEmpty(),
                    "expected the deactivated member's key wrapper gone");
            assertThrows(StaffAccountException.class, () -> accounts.deactivate(signedIn, signedIn.staffId()),
                    "expected the last admin not to be deactivated");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void adminsManageMembersAndTheBoundaryChecksRolesAsTheyAreNow() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            accounts.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-roles",
                    ADMIN_PASSWORD.toCharArray());
            StaffAccounts.SignedIn admin = signIn("admin-roles", ADMIN_PASSWORD);

            StaffAccounts.Invitation mailed = accounts.invite(admin, "mailed-member",
                    EnumSet.of(Role.STAFF, Role.ADMIN), " invitee@example.invalid ", "nl");
            assertTrue(mailed.mailed() && mailed.code() == null, "expected a mailed invitation not to return its code");
            List<String> bodies = outbox.bodiesTo("invitee@example.invalid");
            assertEquals(1, bodies.size(), "expected one invitation mail queued with the change");
            assertTrue(bodies.get(0).contains("/office/nl/activate"), "expected the Dutch activation page in the mail");
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?m)^([0-9A-Z]{4}(-[0-9A-Z]{4})+)$")
                    .matcher(bodies.get(0));
            assertTrue(code.find(), "expected the activation code in the mail: " + bodies.get(0));
            assertFalse(bodies.get(0).contains("?"), "expected no query (and so no secret) in the mail's link");
            assertEquals(1, accounts.openInvitations(admin), "expected the invitation waiting for activation");
            assertEquals(StaffAccountException.Problem.MAIL_INVALID,
                    assertThrows(StaffAccountException.class,
                            () -> accounts.invite(admin, "typo-member", EnumSet.of(Role.STAFF), "not an address", "en"))
                            .getProblem(),
                    "expected a wrong address refused");
            assertEquals(StaffAccountException.Problem.ROLES_EMPTY,
                    assertThrows(StaffAccountException.class,
                            () -> accounts.invite(admin, "roleless", EnumSet.noneOf(Role.class), null, "en"))
                            .getProblem(),
                    "expected an invitation without a role refused");

            accounts.activate(code.group(1), STAFF_PASSWORD.toCharArray());
            StaffAccounts.SignedIn second = signIn("mailed-member", STAFF_PASSWORD);
            assertEquals(List.of("admin-roles", "mailed-member"),
                    accounts.members(admin).stream().map(StaffAccounts.Member::username).toList(),
                    "expected every account listed by name");
            assertEquals(0, accounts.openInvitations(admin), "expected no invitation waiting after activation");

            accounts.changeRoles(admin, second.staffId(), EnumSet.of(Role.COORDINATOR));
            StaffAccountException refused = assertThrows(StaffAccountException.class,
                    () -> accounts.members(second),
                    "expected an admin role taken away to count at once, though the session still says ADMIN");
            assertEquals(StaffAccountException.Problem.NOT_ALLOWED, refused.getProblem());
            assertThrows(StaffAccountException.class, () -> accounts.members(null),
                    "expected no member refused at the boundary");
            assertEquals(StaffAccountException.Problem.LAST_ADMIN,
                    assertThrows(StaffAccountException.class,
                            () -> accounts.changeRoles(admin, admin.staffId(), EnumSet.of(Role.STAFF))).getProblem(),
                    "expected the last admin to keep the role");
            assertEquals(Set.of(Role.COORDINATOR), accounts.member(admin, second.staffId()).orElseThrow().roles(),
                    "expected the new roles stored");
            assertTrue(accounts.member(admin, 987654L).isEmpty(), "expected an unknown id to find nothing");

            accounts.resetSecondFactor(admin, second.staffId());
            assertFalse(accounts.checkPassword("mailed-member", STAFF_PASSWORD.toCharArray(), CLIENT).orElseThrow()
                    .secondFactorEnrolled(), "expected the reset member to set up the second step again");
            assertEquals(1, auditLog.find(new AuditLog.Filter(null, null, "admin-roles",
                    AuditAction.SECOND_FACTOR_RESET, null), 0, 10).size(), "expected the reset in the audit log");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theRecoveryKeyMakesANewAdminOnceAndIsReplaced() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String recoveryKey = accounts.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-lost",
                    ADMIN_PASSWORD.toCharArray());
            Sealing.Sealed sealed = keys.seal(CANARY, "question:9002", Optional.empty());
            assertEquals(StaffAccountException.Problem.RECOVERY_INVALID,
                    assertThrows(StaffAccountException.class, () -> accounts.recoverWithKey("bm90IHRoZSBrZXk",
                            "admin-lost", STAFF_PASSWORD.toCharArray())).getProblem(),
                    "expected a wrong key refused before the (taken) name is looked at");
            assertFalse(auditLog.find(new AuditLog.Filter(null, null, "unknown", AuditAction.LOGIN_FAILED, "recovery"),
                    0, 10).isEmpty(), "expected the failed recovery in the audit log");
            String renewed = accounts.recoverWithKey(recoveryKey, "admin-rescue", STAFF_PASSWORD.toCharArray());
            assertFalse(renewed.equals(recoveryKey), "expected a new recovery key");
            assertThrows(StaffAccountException.class,
                    () -> accounts.recoverWithKey(recoveryKey, "admin-rescue-two", STAFF_PASSWORD.toCharArray()),
                    "expected the used recovery key to stop working");
            StaffAccounts.SignedIn rescuer = signIn("admin-rescue", STAFF_PASSWORD);
            assertTrue(rescuer.has(Role.ADMIN), "expected the recovered account to be an admin");
            assertEquals(CANARY, keys.open(sealed, "question:9002", rescuer.key(), rescuer.username()),
                    "expected the recovered admin to open what was sealed before");
            assertEquals(1, auditLog.find(new AuditLog.Filter(null, null, "admin-rescue",
                    AuditAction.RECOVERY_KEY_USED, null), 0, 10).size(), "expected the recovery in the audit log");
            assertTrue(keys.recover(java.util.Base64.getDecoder().decode(renewed)).isPresent(),
                    "expected the new recovery key to work");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theSecondStepCannotBeSkippedByEnrollingAgainNorGuessed() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            accounts.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-guarded",
                    ADMIN_PASSWORD.toCharArray());
            signIn("admin-guarded", ADMIN_PASSWORD);
            StaffAccounts.PasswordAccepted passwordOnly = accounts
                    .checkPassword("admin-guarded", ADMIN_PASSWORD.toCharArray(), CLIENT).orElseThrow();
            assertEquals(StaffAccountException.Problem.NOT_ALLOWED,
                    assertThrows(StaffAccountException.class, () -> accounts.startEnrolment(passwordOnly))
                            .getProblem(),
                    "expected no new second step offered to an account that has one");
            byte[] attackerSecret = Totp.newSecret();
            assertThrows(StaffAccountException.class, () -> accounts.confirmEnrolment(passwordOnly, attackerSecret,
                    totp.code(attackerSecret, now())), "expected a self-made second step refused");
            for (int i = 0; i < 4; i++) {
                assertTrue(accounts.completeLogin(passwordOnly, "000000").isEmpty(), "expected a wrong code refused");
            }
            assertEquals(StaffAccountException.Problem.LOGIN_ENDED,
                    assertThrows(StaffAccountException.class,
                            () -> accounts.completeLoginWithRecoveryCode(passwordOnly, "AAAA-BBBB-CCCC-DDDD"))
                            .getProblem(),
                    "expected the fifth wrong code (recovery codes counted too) to end the sign-in");
            assertEquals(StaffAccountException.Problem.LOGIN_ENDED,
                    assertThrows(StaffAccountException.class, () -> accounts.completeLogin(passwordOnly, "123456"))
                            .getProblem(),
                    "expected an ended sign-in to take no more codes");
            assertTrue(java.util.Arrays.equals(new byte[passwordOnly.key().length], passwordOnly.key()),
                    "expected the ended sign-in's key dropped");
        } finally {
            transaction.rollback();
        }
    }

    private StaffAccounts.SignedIn signIn(String username, String password) {
        StaffAccounts.PasswordAccepted accepted = accounts.checkPassword(username, password.toCharArray(), CLIENT)
                .orElseThrow(() -> new AssertionError("expected the password of " + username + " accepted"));
        StaffAccounts.Enrolment enrolment = accounts.startEnrolment(accepted);
        return accounts.confirmEnrolment(accepted, enrolment.secret(), totp.code(enrolment.secret(), now()))
                .signedIn();
    }

    @Test
    void repeatedFailuresAreRefusedEvenWithTheRightPassword() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            accounts.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-throttled",
                    ADMIN_PASSWORD.toCharArray());
            MovableClock.INSTANCE.freeze();
            for (int i = 0; i < 5; i++) {
                assertTrue(accounts.checkPassword("admin-throttled", ("not it, attempt " + i + " ....").toCharArray(),
                        CLIENT).isEmpty(), "expected a wrong password refused");
            }
            assertTrue(accounts.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), CLIENT).isEmpty(),
                    "expected the right password refused from the client that failed, during its delay");
            assertTrue(
                    accounts.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), OTHER_CLIENT).isPresent(),
                    "expected the owner on another connection to get in: failures count per name and client");
            MovableClock.INSTANCE.advance(java.time.Duration.ofSeconds(20));
            assertTrue(accounts.checkPassword("admin-throttled", ADMIN_PASSWORD.toCharArray(), CLIENT).isPresent(),
                    "expected the right password accepted once the delay has passed");
            assertTrue(accounts.checkPassword("nobody-by-this-name", ADMIN_PASSWORD.toCharArray(), CLIENT).isEmpty(),
                    "expected an unknown name refused like a wrong password");
        } finally {
            MovableClock.INSTANCE.unfreeze();
            transaction.rollback();
        }
    }
}
