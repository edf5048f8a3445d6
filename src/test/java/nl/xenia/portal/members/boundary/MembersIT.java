package nl.xenia.portal.members.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.members.boundary.MemberException.Problem;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.QuickExitTaken;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MovableClock;
import org.bouncycastle.util.encoders.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The members' facade in the container, on the real database, each test in a transaction it rolls back (with staff
 * rows of its own): invitations (the code shown once and only its hash kept, used once, expired after 14 days, checked
 * before anything else), joining under a pseudonym unique in any case and a password by the policy, re-invitations
 * that keep the member and remove the second step, signing in (one answer for unknown and wrong, throttled), the second
 * step (set up with a code, asked at sign-in, the fifth wrong code ends the sign-in), the session (only a keyed hash of
 * the token stored; idle 30 minutes, 12 hours at most), the address (encrypted, mail through the outbox), leaving
 * (the consultations' rows follow the schema), quick exit, retention, and the office's roles.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    private static final String PASSWORD = "seven green kites above the harbour";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("members-it");
    }

    @Inject
    Members members;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberRetention retention;

    @Inject
    OutboxProbe outbox;

    @Inject
    Event<QuickExitTaken> exits;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private final Totp totp = new Totp();

    /** A client of its own, so that the guess and sign-in limits one test meets never reach another. */
    private static Client client() {
        return Client.of("members-it-" + UUID.randomUUID());
    }

    private static String pseudonym(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A staff row of the test's own with these roles, in the transaction; the signed-in record for it. */
    private SignedIn staff(long id, String roles) throws SQLException {
        sql("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + id + ", 'members-it-" + id
                + "', 'ACTIVE', '" + roles + "', CURRENT_TIMESTAMP)");
        Set<Role> set = new java.util.HashSet<>();
        for (String role : roles.split(",")) {
            set.add(Role.valueOf(role));
        }
        return new SignedIn(id, "members-it-" + id, set, null);
    }

    private SignedIn coordinator() throws SQLException {
        return staff(990_301L, "COORDINATOR");
    }

    private SessionStarted joined(SignedIn staff, String name) {
        return members.join(client(), members.invite(staff).code(), name, PASSWORD.toCharArray(), "ro");
    }

    @Test
    void anInvitationIsShownOnceKeptAsAHashAndJoinsOnce() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            InvitationMade made = members.invite(coordinator);
            assertTrue(made.code().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}"), "expected a grouped code: " + made.code());
            assertFalse(made.isReinvitation(), "expected an invitation for a new member");
            assertEquals(0, count("SELECT COUNT(*) FROM member_invitation WHERE code_hash LIKE '%"
                    + made.code().replace("-", "") + "%' OR code_hash LIKE '%" + made.code() + "%'"),
                    "expected only a hash of the code stored");
            String name = pseudonym("Rose");
            SessionStarted started = members.join(client(), " " + made.code().toLowerCase().replace("-", "") + " ",
                    "  " + name + " ", PASSWORD.toCharArray(), "ro");
            assertEquals(name, started.member().pseudonym(), "expected the pseudonym stripped");
            assertEquals("ro", started.member().language(), "expected the page's language kept");
            assertFalse(started.secondStepDue(), "expected a new member signed in at once");
            assertEquals(Optional.of(new SessionState(started.member(), false)), members.session(started.token()),
                    "expected the token to open the session");
            assertEquals(0, count("SELECT COUNT(*) FROM member_session WHERE token_hash = '" + started.token() + "'"),
                    "expected only a keyed hash of the token stored");
            assertEquals(1, count("SELECT COUNT(*) FROM member_session WHERE member_id = " + started.member().id()),
                    "expected one session row");
            assertRefused(Problem.CODE, () -> members.join(client(), made.code(), pseudonym("Again"),
                    PASSWORD.toCharArray(), "en"), "the same code a second time");
            assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")),
                    members.account(started.member()).joinedOn(), "expected the day of joining kept (the day only)");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aPseudonymIsUniqueInAnyCaseAndARefusalKeepsTheCode() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            String name = pseudonym("Lily");
            joined(coordinator, name);
            String code = members.invite(coordinator).code();
            assertRefused(Problem.PSEUDONYM_TAKEN,
                    () -> members.join(client(), code, name.toUpperCase(), PASSWORD.toCharArray(), "en"),
                    "the same pseudonym in other case");
            assertRefused(Problem.PSEUDONYM_SHORT, () -> members.join(client(), code, "ab", PASSWORD.toCharArray(),
                    "en"), "a pseudonym of two characters");
            assertRefused(Problem.PSEUDONYM_LONG, () -> members.join(client(), code, "a".repeat(41),
                    PASSWORD.toCharArray(), "en"), "a pseudonym of 41 characters");
            assertRefused(Problem.PSEUDONYM_CHARACTERS, () -> members.join(client(), code, "rose<script>",
                    PASSWORD.toCharArray(), "en"), "a pseudonym with markup");
            assertRefused(Problem.PASSWORD_SHORT, () -> members.join(client(), code, pseudonym("Ivy"),
                    "short one".toCharArray(), "en"), "a password under 15 characters");
            String ivy = pseudonym("Ivy");
            assertRefused(Problem.PASSWORD_COMMON, () -> members.join(client(), code, ivy,
                    (ivy + "1234").toCharArray(), "en"), "a password that is the pseudonym");
            String forty = (pseudonym("Forty") + "a".repeat(40)).substring(0, 40);
            assertEquals(forty, members.join(client(), code, forty, PASSWORD.toCharArray(), "en").member().pseudonym(),
                    "expected the code still to work after the refusals, and 40 characters taken");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theCodeIsCheckedFirstAndWrongCodesAreLimited() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            String name = pseudonym("Taken");
            joined(coordinator, name);
            Client guesser = client();
            assertRefused(Problem.CODE, () -> members.join(guesser, "AAAA-BBBB-CCCC-DDDD-EEEE", name,
                    "x".toCharArray(), "en"), "a wrong code with a taken pseudonym and a bad password");
            boolean limited = false;
            for (int i = 0; i < 50 && !limited; i++) {
                try {
                    members.join(guesser, "AAAA-BBBB-CCCC-DDDD-" + i, name, "x".toCharArray(), "en");
                } catch (MemberException refused) {
                    limited = refused.getProblem() == Problem.WAIT || refused.getProblem() == Problem.REFUSED;
                }
            }
            assertTrue(limited, "expected wrong codes from one client to be limited");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anInvitationExpiresAfterFourteenDays() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            InvitationMade made = members.invite(coordinator);
            assertTrue(Duration.between(Instant.now(), made.expiresAt()).toDays() >= 13,
                    "expected 14 days to take it up");
            MovableClock.INSTANCE.advance(Members.INVITATION_VALID.plusSeconds(1));
            try {
                assertRefused(Problem.CODE, () -> members.join(client(), made.code(), pseudonym("Late"),
                        PASSWORD.toCharArray(), "en"), "an expired code");
                assertTrue(retention.deleteExpired(MovableClock.INSTANCE.instant()) >= 1,
                        "expected retention to delete the expired invitation");
            } finally {
                MovableClock.INSTANCE.advance(Members.INVITATION_VALID.plusSeconds(1).negated());
            }
            assertRefused(Problem.CODE, () -> members.join(client(), made.code(), pseudonym("Late"),
                    PASSWORD.toCharArray(), "en"), "an invitation retention deleted");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aReinvitationKeepsTheMemberSetsANewPasswordAndRemovesTheSecondStep() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            String name = pseudonym("Iris");
            SessionStarted started = joined(coordinator, name);
            SignedInMember member = started.member();
            secondStepSetUp(member);
            assertTrue(members.account(member).secondStep(), "expected the second step set up");
            InvitationMade again = members.reinvite(coordinator, member.id());
            assertEquals(member.id(), again.memberId(), "expected the re-invitation for the member");
            assertEquals(name, again.pseudonym(), "expected the pseudonym named for the office");
            String newPassword = "nine quiet swans on the frozen canal";
            SessionStarted rejoined = members.join(client(), again.code(), "", newPassword.toCharArray(), "nl");
            assertEquals(member.id(), rejoined.member().id(), "expected the same member (history kept)");
            assertEquals(name, rejoined.member().pseudonym(), "expected the pseudonym kept");
            assertFalse(members.account(member).secondStep(), "expected the second step removed");
            assertEquals(Optional.empty(), members.session(started.token()), "expected earlier sessions ended");
            assertEquals(Optional.empty(), members.signIn(client(), name, PASSWORD.toCharArray()),
                    "expected the old password to work no more");
            assertTrue(members.signIn(client(), name, newPassword.toCharArray()).isPresent(),
                    "expected the new password to work");
            assertRefused(Problem.CODE, () -> members.join(client(), again.code(), "", newPassword.toCharArray(),
                    "nl"), "the re-invitation a second time");
            InvitationMade first = members.reinvite(coordinator, member.id());
            InvitationMade second = members.reinvite(coordinator, member.id());
            assertRefused(Problem.CODE, () -> members.join(client(), first.code(), "", newPassword.toCharArray(),
                    "nl"), "an earlier re-invitation once a later one is made");
            assertEquals(member.id(), members.join(client(), second.code(), "", newPassword.toCharArray(), "nl")
                    .member().id(), "expected the latest re-invitation to work");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void signingInGivesOneAnswerAndIsThrottledPerPseudonymAndClient() throws Exception {
        transaction.begin();
        try {
            String name = pseudonym("Daisy");
            joined(coordinator(), name);
            Client client = client();
            assertEquals(Optional.empty(), members.signIn(client, pseudonym("Nobody"), PASSWORD.toCharArray()),
                    "expected an unknown pseudonym to be an empty answer");
            assertTrue(members.signIn(client(), name.toUpperCase(), PASSWORD.toCharArray()).isPresent(),
                    "expected the pseudonym in any case");
            for (int i = 0; i < 3; i++) {
                assertEquals(Optional.empty(), members.signIn(client, name, "wrong password here".toCharArray()),
                        "expected a wrong password to be an empty answer");
            }
            MemberException wait = assertThrows(MemberException.class,
                    () -> members.signIn(client, name, PASSWORD.toCharArray()),
                    "expected the right password refused while the delay runs");
            assertEquals(Problem.WAIT, wait.getProblem(), "expected WAIT");
            assertFalse(wait.getWait().isZero(), "expected the time left told");
            assertTrue(members.signIn(client(), name, PASSWORD.toCharArray()).isPresent(),
                    "expected the member from another client not held up");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theSecondStepIsAskedAtSignInAndTheFifthWrongCodeEndsIt() throws Exception {
        transaction.begin();
        try {
            String name = pseudonym("Fern");
            SignedInMember member = joined(coordinator(), name).member();
            byte[] secret = secondStepSetUp(member);
            SessionStarted halfWay = members.signIn(client(), name, PASSWORD.toCharArray()).orElseThrow();
            assertTrue(halfWay.secondStepDue(), "expected the second step due");
            assertEquals(Optional.of(new SessionState(halfWay.member(), true)), members.session(halfWay.token()),
                    "expected the session half-way");
            Client client = client();
            for (int i = 1; i < 5; i++) {
                assertEquals(Optional.empty(), members.secondStep(client(), halfWay.token(), "12345" + i),
                        "expected wrong code " + i + " refused");
            }
            assertRefused(Problem.SECOND_STEP_ENDED, () -> members.secondStep(client, halfWay.token(), "123455"),
                    "the fifth wrong code");
            assertEquals(Optional.empty(), members.session(halfWay.token()), "expected the half-way session gone");

            SessionStarted again = members.signIn(client(), name, PASSWORD.toCharArray()).orElseThrow();
            SessionStarted done = members.secondStep(client(), again.token(),
                    totp.code(secret, Instant.now().plusSeconds(30))).orElseThrow();
            assertFalse(done.secondStepDue(), "expected signed in");
            assertNotEquals(again.token(), done.token(), "expected a new token once signed in");
            assertEquals(Optional.empty(), members.session(again.token()),
                    "expected the half-way token to open nothing");
            assertEquals(Optional.of(new SessionState(member, false)), members.session(done.token()),
                    "expected the new token to open the session");
            assertRefused(Problem.GONE, () -> members.secondStep(client(), done.token(), "000000"),
                    "a second step on a session that is not half-way");
            members.removeSecondStep(member, PASSWORD.toCharArray());
            assertFalse(members.account(member).secondStep(), "expected the second step removed with the password");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndTwelveHoursAtMost() throws Exception {
        transaction.begin();
        Duration moved = Duration.ZERO;
        try {
            SignedInMember member = joined(coordinator(), pseudonym("Moss")).member();
            String token = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow().token();
            for (int i = 0; i < 3; i++) {
                MovableClock.INSTANCE.advance(Duration.ofMinutes(29));
                moved = moved.plusMinutes(29);
                assertTrue(members.session(token).isPresent(), "expected the session kept by use every 29 minutes");
            }
            MovableClock.INSTANCE.advance(Duration.ofMinutes(31));
            moved = moved.plusMinutes(31);
            assertEquals(Optional.empty(), members.session(token), "expected the session ended after 31 idle minutes");

            String busy = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow().token();
            for (int i = 0; i < 28; i++) {
                MovableClock.INSTANCE.advance(Duration.ofMinutes(25));
                moved = moved.plusMinutes(25);
                assertTrue(members.session(busy).isPresent(), "expected the session alive after " + (i + 1) * 25
                        + " busy minutes");
            }
            MovableClock.INSTANCE.advance(Duration.ofMinutes(25));
            moved = moved.plusMinutes(25);
            assertEquals(Optional.empty(), members.session(busy), "expected the session ended after 12 hours");

            String forgotten = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow()
                    .token();
            MovableClock.INSTANCE.advance(Duration.ofMinutes(31));
            moved = moved.plusMinutes(31);
            assertTrue(retention.deleteExpired(MovableClock.INSTANCE.instant()) >= 1,
                    "expected retention to delete a session nobody came back to");
            assertEquals(Optional.empty(), members.session(forgotten), "expected it gone");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            transaction.rollback();
        }
    }

    @Test
    void signingOutAndQuickExitEndTheSession() throws Exception {
        transaction.begin();
        try {
            SignedInMember member = joined(coordinator(), pseudonym("Sage")).member();
            String first = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow().token();
            members.signOut(first);
            assertEquals(Optional.empty(), members.session(first), "expected signing out to end the session");
            String second = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow().token();
            exits.fire(new QuickExitTaken(Map.of(MemberCookie.NAME, second, "other", "x")));
            assertEquals(Optional.empty(), members.session(second), "expected quick exit to end the session");
            members.signOut("not a token");
            members.signOut(null);
            assertEquals(Optional.empty(), members.session("x".repeat(43)),
                    "expected an unknown token to open nothing");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theAddressIsEncryptedAndTheDirectoryMailsEveryoneWhoGaveOne() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            SignedInMember withAddress = joined(coordinator, pseudonym("Aster")).member();
            SignedInMember without = joined(coordinator, pseudonym("Basil")).member();
            String address = Leaks.marker().toLowerCase() + "@example.invalid";
            assertRefused(Problem.ADDRESS, () -> members.setAddress(withAddress, "not an address", "ro"),
                    "not an address");
            members.setAddress(withAddress, " " + address + " ", "bg");
            assertTrue(members.account(withAddress).address(), "expected the address set");
            assertEquals(0, count("SELECT COUNT(*) FROM member WHERE address IS NOT NULL AND id = " + withAddress.id()
                    + " AND language <> 'bg'"), "expected the mail's language to be the page's");
            try (Connection connection = database.getConnection();
                    PreparedStatement query = connection.prepareStatement("SELECT address FROM member WHERE id = ?")) {
                query.setLong(1, withAddress.id());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    assertFalse(Leaks.contains(row.getBytes(1), address.substring(0, 20)),
                            "expected the address encrypted in the database");
                }
            }
            assertTrue(directory.exists(withAddress.id()), "expected the member to exist");
            assertEquals(Map.of(withAddress.id(), withAddress.pseudonym(), without.id(), without.pseudonym()),
                    directory.pseudonyms(List.of(withAddress.id(), without.id(), 1L)),
                    "expected pseudonyms of the ids that exist");
            int queued = directory.tellAll(MailTemplate.SOMETHING_NEW, "/members", Instant.now());
            assertTrue(queued >= 1, "expected a mail queued");
            List<String> bodies = outbox.bodiesTo(address);
            assertEquals(1, bodies.size(), "expected one mail to the member's address");
            assertTrue(bodies.get(0).contains("/bg/members"), "expected the link in the member's language: "
                    + bodies.get(0));
            assertFalse(bodies.get(0).contains(withAddress.pseudonym()), "expected no pseudonym in the mail");
            members.removeAddress(withAddress);
            assertFalse(members.account(withAddress).address(), "expected the address removed");
            assertEquals(0, count("SELECT COUNT(*) FROM member WHERE address IS NOT NULL AND id = "
                    + withAddress.id()), "expected nothing of it kept");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        transaction.begin();
        try {
            SessionStarted here = joined(coordinator(), pseudonym("Clover"));
            SignedInMember member = here.member();
            String elsewhere = members.signIn(client(), member.pseudonym(), PASSWORD.toCharArray()).orElseThrow()
                    .token();
            String newPassword = "eleven red boats under the old bridge";
            assertRefused(Problem.PASSWORD_WRONG, () -> members.changePassword(member, client(), here.token(),
                    "not my password at all".toCharArray(), newPassword.toCharArray()), "a wrong current password");
            assertRefused(Problem.PASSWORD_SHORT, () -> members.changePassword(member, client(), here.token(),
                    PASSWORD.toCharArray(), "short".toCharArray()), "a new password too short");
            members.changePassword(member, client(), here.token(), PASSWORD.toCharArray(), newPassword.toCharArray());
            assertTrue(members.session(here.token()).isPresent(), "expected this session kept");
            assertEquals(Optional.empty(), members.session(elsewhere), "expected the other session ended");
            assertTrue(members.signIn(client(), member.pseudonym(), newPassword.toCharArray()).isPresent(),
                    "expected the new password to work");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void leavingDeletesTheAccountAndUnlinksWhatConsultationsKeep() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            SessionStarted started = joined(coordinator, pseudonym("Heather"));
            SignedInMember member = started.member();
            members.reinvite(coordinator, member.id());
            sql("INSERT INTO consultation (id, anonymous, opens_at, closes_at, published, closed, outcome_published,"
                    + " outcome_public, created_at) VALUES (990301, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '1' DAY,"
                    + " TRUE, FALSE, FALSE, FALSE, CURRENT_TIMESTAMP)");
            sql("INSERT INTO consultation_participation (consultation_id, member_id) VALUES (990301, " + member.id()
                    + ")");
            sql("INSERT INTO consultation_answer_set (id, consultation_id, member_id) VALUES ('members-it-set', 990301, "
                    + member.id() + ")");
            members.leave(member);
            assertFalse(directory.exists(member.id()), "expected the account deleted");
            assertEquals(Optional.empty(), members.session(started.token()), "expected the session gone with it");
            assertEquals(0, count("SELECT COUNT(*) FROM member_invitation WHERE member_id = " + member.id()),
                    "expected its re-invitation gone");
            assertEquals(0, count("SELECT COUNT(*) FROM consultation_participation WHERE member_id = " + member.id()),
                    "expected the participation record of the member gone");
            assertEquals(1, count("SELECT COUNT(*) FROM consultation_answer_set WHERE id = 'members-it-set'"
                    + " AND member_id IS NULL"), "expected the answers kept, unlinked");
            assertRefused(Problem.GONE, () -> members.account(member), "the account page of a member who left");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theOfficeSideIsForAdminsAndCoordinatorsOnly() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = coordinator();
            SignedIn admin = staff(990_302L, "ADMIN");
            SignedIn staffOnly = staff(990_303L, "STAFF");
            SignedInMember member = joined(coordinator, pseudonym("Yarrow")).member();
            List<Executable> office = new ArrayList<>(List.of(() -> members.invite(staffOnly),
                    () -> members.members(staffOnly), () -> members.reinvite(staffOnly, member.id()),
                    () -> members.remove(staffOnly, member.id()), () -> members.member(staffOnly, member.id()),
                    () -> members.invitationsWaiting(staffOnly), () -> members.invite(null)));
            for (Executable call : office) {
                assertThrows(StaffAccountException.class, call, "expected the office's side refused to STAFF");
            }
            assertTrue(members.members(admin).stream().anyMatch(listed -> listed.id() == member.id()),
                    "expected an admin to list the member");
            MemberListing listed = members.member(coordinator, member.id()).orElseThrow();
            assertEquals(member.pseudonym(), listed.pseudonym(), "expected the pseudonym listed");
            assertFalse(listed.secondStep() || listed.address(), "expected no second step and no address yet");
            members.remove(coordinator, member.id());
            assertFalse(directory.exists(member.id()), "expected the member removed");
            assertRefused(Problem.GONE, () -> members.remove(coordinator, member.id()), "a member removed twice");
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'MEMBER_REMOVED' AND subject_id = '"
                    + member.id() + "'"), "expected the removal in the audit log");
            assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'MEMBER_INVITED' AND actor = '"
                    + coordinator.username() + "'") >= 1, "expected the invitation in the audit log");
        } finally {
            transaction.rollback();
        }
    }

    /** Sets up the second step as the account page does; returns the secret. */
    private byte[] secondStepSetUp(SignedInMember member) {
        SecondStepOffer offer = members.offerSecondStep(member);
        String shown = offer.secretText();
        byte[] secret = Base32.decode(shown + "=".repeat((8 - shown.length() % 8) % 8));
        assertFalse(new String(java.util.Base64.getUrlDecoder().decode(offer.sealed()), StandardCharsets.ISO_8859_1)
                .contains(shown), "expected the offer's form field sealed");
        assertRefused(Problem.SECOND_STEP_WRONG, () -> members.confirmSecondStep(member, offer.sealed(),
                totp.code(Totp.newSecret(), Instant.now())), "a code of another secret");
        members.confirmSecondStep(member, offer.sealed(), totp.code(secret, Instant.now()));
        assertRefused(Problem.NOT_ALLOWED, () -> members.offerSecondStep(member), "a second offer once set up");
        return secret;
    }

    private static void assertRefused(Problem expected, Executable call, String what) {
        MemberException refused = assertThrows(MemberException.class, call, "expected " + what + " refused");
        assertEquals(expected, refused.getProblem(), "expected " + what + " refused as " + expected);
    }

    private long count(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
