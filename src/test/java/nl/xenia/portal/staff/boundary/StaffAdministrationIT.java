package nl.xenia.portal.staff.boundary;

import static nl.xenia.portal.staff.boundary.StaffTesting.ADMIN_PASSWORD;
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
import java.util.Set;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AuditTrail;
import nl.xenia.portal.testing.Installation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What admins do with the team, in the container on the real database: invitations by mail, roles
 * checked as they are now, the last admin, a reset second step. Every test's work is rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return StaffTesting.archive("staff-administration-it");
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
    void adminsManageMembersAndTheBoundaryChecksRolesAsTheyAreNow() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-roles",
                    ADMIN_PASSWORD.toCharArray());
            SignedIn admin = signIn(login, "admin-roles", ADMIN_PASSWORD);

            Invitation mailed = administration.invite(admin, "mailed-member",
                    EnumSet.of(Role.STAFF, Role.ADMIN), " invitee@example.invalid ", "nl");
            assertTrue(mailed.mailed() && mailed.code() == null, "expected a mailed invitation not to return its code");
            List<String> bodies = outbox.bodiesTo("invitee@example.invalid");
            assertEquals(1, bodies.size(), "expected one invitation mail queued with the change");
            assertTrue(bodies.get(0).contains("/office/nl/activate"), "expected the Dutch activation page in the mail");
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?m)^([0-9A-Z]{4}(-[0-9A-Z]{4})+)$")
                    .matcher(bodies.get(0));
            assertTrue(code.find(), "expected the activation code in the mail: " + bodies.get(0));
            assertFalse(bodies.get(0).contains("?"), "expected no query (and so no secret) in the mail's link");
            assertEquals(1, administration.openInvitations(admin), "expected the invitation waiting for activation");
            assertEquals(StaffAccountException.Problem.MAIL_INVALID,
                    assertThrows(StaffAccountException.class,
                            () -> administration.invite(admin, "typo-member", EnumSet.of(Role.STAFF), "not an address",
                                    "en"))
                            .getProblem(),
                    "expected a wrong address refused");
            assertEquals(StaffAccountException.Problem.ROLES_EMPTY,
                    assertThrows(StaffAccountException.class,
                            () -> administration.invite(admin, "roleless", EnumSet.noneOf(Role.class), null, "en"))
                            .getProblem(),
                    "expected an invitation without a role refused");

            onboarding.activate(code.group(1), STAFF_PASSWORD.toCharArray());
            SignedIn second = signIn(login, "mailed-member", STAFF_PASSWORD);
            assertEquals(List.of("admin-roles", "mailed-member"),
                    administration.members(admin).stream().map(Member::username).toList(),
                    "expected every account listed by name");
            assertEquals(0, administration.openInvitations(admin), "expected no invitation waiting after activation");

            administration.changeRoles(admin, second.staffId(), EnumSet.of(Role.COORDINATOR));
            StaffAccountException refused = assertThrows(StaffAccountException.class,
                    () -> administration.members(second),
                    "expected an admin role taken away to count at once, though the session still says ADMIN");
            assertEquals(StaffAccountException.Problem.NOT_ALLOWED, refused.getProblem());
            assertThrows(StaffAccountException.class, () -> administration.members(null),
                    "expected no member refused at the boundary");
            assertEquals(StaffAccountException.Problem.LAST_ADMIN,
                    assertThrows(StaffAccountException.class,
                            () -> administration.changeRoles(admin, admin.staffId(), EnumSet.of(Role.STAFF)))
                            .getProblem(),
                    "expected the last admin to keep the role");
            assertEquals(Set.of(Role.COORDINATOR), administration.member(admin, second.staffId()).orElseThrow().roles(),
                    "expected the new roles stored");
            assertTrue(administration.member(admin, 987654L).isEmpty(), "expected an unknown id to find nothing");

            administration.resetSecondFactor(admin, second.staffId());
            assertFalse(login.checkPassword("mailed-member", STAFF_PASSWORD.toCharArray(), CLIENT).orElseThrow()
                    .secondFactorEnrolled(), "expected the reset member to set up the second step again");
            assertEquals(1, audit.of("admin-roles", AuditAction.SECOND_FACTOR_RESET, null).size(),
                    "expected the reset in the audit log");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aReportingAccountIsNeverGivenTheOrganisationsKey() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-reporting",
                    ADMIN_PASSWORD.toCharArray());
            SignedIn admin = signIn(login, "admin-reporting", ADMIN_PASSWORD);
            Invitation reporting = administration.invite(admin, "reporting-member", EnumSet.of(Role.REPORTING), null,
                    "nl");
            onboarding.activate(reporting.code(), STAFF_PASSWORD.toCharArray());
            Invitation staff = administration.invite(admin, "keyed-member", EnumSet.of(Role.STAFF), null, "nl");
            onboarding.activate(staff.code(), STAFF_PASSWORD.toCharArray());
            long reportingId = id(admin, "reporting-member");
            long staffId = id(admin, "keyed-member");

            assertFalse(administration.member(admin, reportingId).orElseThrow().waitsForAccess(),
                    "expected a reporting account not to wait for the key");
            assertEquals(1, administration.waitingForAccess(admin), "expected only the staff member waiting");
            assertEquals(StaffAccountException.Problem.NO_KEY_NEEDED,
                    assertThrows(StaffAccountException.class, () -> administration.giveAccess(admin, reportingId))
                            .getProblem(),
                    "expected the key refused to a reporting account");
            assertFalse(keys.withAccess().contains(reportingId), "expected no keyset sealed to it");

            administration.giveAccess(admin, staffId);
            assertEquals(StaffAccountException.Problem.KEY_HELD,
                    assertThrows(StaffAccountException.class,
                            () -> administration.changeRoles(admin, staffId, EnumSet.of(Role.REPORTING)))
                            .getProblem(),
                    "expected a key holder not turned into a reporting account that keeps the key");
            administration.changeRoles(admin, staffId, EnumSet.of(Role.STAFF, Role.REPORTING));
            administration.changeRoles(admin, reportingId, EnumSet.of(Role.REPORTING, Role.STAFF));
            assertTrue(administration.member(admin, reportingId).orElseThrow().waitsForAccess(),
                    "expected an account that now needs the key to wait for it");
        } finally {
            transaction.rollback();
        }
    }

    private long id(SignedIn admin, String username) {
        return administration.members(admin).stream().filter(member -> member.username().equals(username))
                .findFirst().orElseThrow().staffId();
    }

    @Test
    void aNewCodeReplacesTheOldOneAtOnceAndOnlyAnAdminMakesIt() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "admin-codes",
                    ADMIN_PASSWORD.toCharArray());
            SignedIn admin = signIn(login, "admin-codes", ADMIN_PASSWORD);
            Invitation first = administration.invite(admin, "renewed-member", EnumSet.of(Role.STAFF), null, "nl");
            Invitation renewed = administration.newCode(admin, first.staffId());
            assertFalse(renewed.code().equals(first.code()), "expected a different code");
            assertFalse(renewed.mailed(), "expected the new code returned to hand over");
            assertEquals(1, audit.of("admin-codes", AuditAction.INVITATION_RENEWED, "staff").size(),
                    "expected the new code in the audit log");
            assertEquals(StaffAccountException.Problem.INVITATION_INVALID,
                    assertThrows(StaffAccountException.class,
                            () -> onboarding.activate(first.code(), STAFF_PASSWORD.toCharArray())).getProblem(),
                    "expected the old code refused as soon as a new one is made");

            Invitation other = administration.invite(admin, "plain-member", EnumSet.of(Role.STAFF), null, "nl");
            onboarding.activate(other.code(), STAFF_PASSWORD.toCharArray());
            SignedIn staff = signIn(login, "plain-member", STAFF_PASSWORD);
            assertEquals(StaffAccountException.Problem.NOT_ALLOWED,
                    assertThrows(StaffAccountException.class, () -> administration.newCode(staff, first.staffId()))
                            .getProblem(),
                    "expected a staff member who is no admin refused a new code at the boundary");
            assertThrows(StaffAccountException.class, () -> administration.newCode(null, first.staffId()),
                    "expected no member (an outsider) refused at the boundary");
            assertEquals(StaffAccountException.Problem.NOT_INVITED,
                    assertThrows(StaffAccountException.class, () -> administration.newCode(admin, staff.staffId()))
                            .getProblem(),
                    "expected no new code for an account already activated");

            assertEquals("renewed-member", onboarding.activate(renewed.code(), STAFF_PASSWORD.toCharArray()),
                    "expected the new code to activate the invitation");
        } finally {
            transaction.rollback();
        }
    }
}
