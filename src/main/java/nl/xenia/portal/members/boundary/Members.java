package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.members.boundary.MemberException.Problem;
import nl.xenia.portal.members.entity.Member;
import nl.xenia.portal.members.entity.MemberInvitation;
import nl.xenia.portal.members.entity.MemberSession;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.GuessLimits;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.LoginThrottle;
import nl.xenia.portal.privacy.boundary.PasswordPolicy;
import nl.xenia.portal.privacy.boundary.QuickExitTaken;
import nl.xenia.portal.privacy.boundary.SecondStepAttempts;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.privacy.control.GuessThrottle;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * The sounding board's members: staff invite (a one-time code, shown once, valid {@link #INVITATION_VALID}) and
 * re-invite an existing member who lost the password; a person joins with the code under a pseudonym and a password;
 * a member signs in (the second step when set up), keeps a session of their own (a cookie's token, only its keyed hash
 * stored; idle {@link MemberSession#IDLE}, at most {@link MemberSession#ABSOLUTE}), looks after the account and may
 * leave. Every guard is here (rule 14): the office's roles ({@link RequiresRole}), wrong invitation codes
 * ({@link GuessLimits}, one answer for wrong, used and expired), failed sign-ins per pseudonym and client
 * ({@link LoginThrottle}: refused at once with the time left, nobody waits on a thread), and wrong second steps
 * ({@link SecondStepAttempts}: the fifth ends that sign-in).
 */
@ApplicationScoped
public class Members {

    /** How long an invitation's code works. */
    public static final Duration INVITATION_VALID = Duration.ofDays(14);
    /** The bits of an invitation's code. */
    static final int CODE_BITS = 80;
    /** The longest address for "there is a new consultation". */
    public static final int MAX_ADDRESS = 320;

    public static final AuditAction MEMBER_INVITED = new AuditAction("MEMBER_INVITED");
    public static final AuditAction MEMBER_REINVITED = new AuditAction("MEMBER_REINVITED");
    public static final AuditAction MEMBER_REMOVED = new AuditAction("MEMBER_REMOVED");
    /** The audit entries' subject type (see {@link MemberAuditSubjects}). */
    public static final String SUBJECT = "member";

    static final String SESSION_KEY = "member-session";
    static final String TOTP_KEY = "member-totp";
    static final String ADDRESS_KEY = "member-address";

    private static final Pattern PSEUDONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] THROTTLE_KEY = new byte[32];

    static {
        RANDOM.nextBytes(THROTTLE_KEY);
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    @Inject
    InstallationKeys installationKeys;

    @Inject
    GuessLimits guesses;

    @Inject
    AuditLog auditLog;

    private final Totp totp = new Totp();
    private final LoginThrottle throttle = new LoginThrottle();
    private final SecondStepAttempts secondSteps = new SecondStepAttempts();
    /** Checked for unknown pseudonyms, so that they take as long as known ones. */
    private volatile String decoyHash;

    // --- the office (admins and coordinators) ---

    /** Every member, by pseudonym. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public List<MemberListing> members(SignedIn staff) {
        return em.createNamedQuery(Member.ALL, Member.class).getResultStream().map(Members::listing).toList();
    }

    /** One member, or empty when there is none with this id. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public Optional<MemberListing> member(SignedIn staff, long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId)).map(Members::listing);
    }

    /** How many invitations for new members wait to be taken up (not expired). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public long invitationsWaiting(SignedIn staff) {
        return em.createNamedQuery(MemberInvitation.OPEN_NEW, Long.class).setParameter("now", clock.instant())
                .getSingleResult();
    }

    /** A new invitation: its code to show once (only its hash is kept), valid {@link #INVITATION_VALID}. */
    @Transactional(TxType.REQUIRED)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public InvitationMade invite(SignedIn staff) {
        String code = secrets.newCode(CODE_BITS);
        Instant now = clock.instant();
        MemberInvitation invitation = new MemberInvitation(secrets.codeHash(code).orElseThrow(), null, now,
                now.plus(INVITATION_VALID));
        em.persist(invitation);
        em.flush();
        auditLog.record(staff.username(), MEMBER_INVITED, MemberAuditSubjects.INVITATION, invitation.getId());
        return new InvitationMade(code, invitation.getExpiresAt(), null, null, null);
    }

    /**
     * A new code for an existing member who lost the password (or the second step): joining with it sets a new
     * password and removes the second step; pseudonym and history stay. An earlier re-invitation of the member stops
     * working. Refused (GONE) for a member who does not exist.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public InvitationMade reinvite(SignedIn staff, long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new MemberException(Problem.GONE);
        }
        em.createNamedQuery(MemberInvitation.OF_MEMBER, MemberInvitation.class).setParameter("member", memberId)
                .getResultStream().forEach(em::remove);
        String code = secrets.newCode(CODE_BITS);
        Instant now = clock.instant();
        MemberInvitation invitation = new MemberInvitation(secrets.codeHash(code).orElseThrow(), memberId, now,
                now.plus(INVITATION_VALID));
        em.persist(invitation);
        auditLog.record(staff.username(), MEMBER_REINVITED, SUBJECT, memberId);
        return new InvitationMade(code, invitation.getExpiresAt(), memberId, member.getPseudonym(),
                member.getLanguage());
    }

    /**
     * Removes a member (staff's side of leaving): the account, its sessions and invitations; what consultations keep of
     * the member goes with it or is unlinked, as the schema says. Refused (GONE) when there is no such member.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole({Role.ADMIN, Role.COORDINATOR})
    public void remove(SignedIn staff, long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new MemberException(Problem.GONE);
        }
        delete(member);
        auditLog.record(staff.username(), MEMBER_REMOVED, SUBJECT, memberId);
        em.flush();
    }

    // --- joining, signing in and out ---

    /**
     * Joins with an invitation's code: a new member under the pseudonym with the password, or, with a re-invitation,
     * the existing member's new password (the second step removed, every other session ended, the pseudonym typed is
     * not used). The code is checked first: a wrong, used or expired one is one answer (CODE) and counts as a wrong
     * guess for this client; nothing else (not whether a pseudonym is taken) is told without a right code. Returns
     * the new session, signed in.
     *
     * @throws MemberException CODE, WAIT, REFUSED, PSEUDONYM_*, PASSWORD_*
     */
    @Transactional(TxType.REQUIRED)
    public SessionStarted join(Client client, String code, String pseudonym, char[] password, String language) {
        GuessThrottle.Verdict verdict = guesses.verdict(client);
        if (verdict != GuessThrottle.Verdict.GO) {
            throw new MemberException(verdict == GuessThrottle.Verdict.REFUSE ? Problem.REFUSED : Problem.WAIT);
        }
        Instant now = clock.instant();
        Optional<MemberInvitation> invitation = secrets.codeHash(code)
                .flatMap(hash -> em.createNamedQuery(MemberInvitation.BY_HASH, MemberInvitation.class)
                        .setParameter("hash", hash).getResultStream().findFirst())
                .filter(found -> found.isValidAt(now));
        if (invitation.isEmpty()) {
            guesses.wrong(client);
            throw new MemberException(Problem.CODE);
        }
        Member member;
        if (invitation.get().getMemberId() != null) {
            member = em.find(Member.class, invitation.get().getMemberId());
            if (member == null) {
                throw new MemberException(Problem.CODE);
            }
            checkPolicy(password, member.getPseudonym());
            member.startOver(secrets.hashPassword(password));
            em.createNamedQuery(MemberSession.DELETE_OF_MEMBER).setParameter("member", member.getId())
                    .executeUpdate();
        } else {
            String chosen = checkedPseudonym(pseudonym);
            checkPseudonymFree(chosen);
            checkPolicy(password, chosen);
            member = new Member(chosen, secrets.hashPassword(password), language,
                    LocalDate.ofInstant(now, Languages.LOCAL_TIME));
            em.persist(member);
        }
        int deleted;
        try {
            em.flush();
            // used once, also when the same code is typed twice at once: only one of them deletes its row
            deleted = em.createQuery("DELETE FROM MemberInvitation i WHERE i.id = :id")
                    .setParameter("id", invitation.get().getId()).executeUpdate();
        } catch (PersistenceException taken) {
            // two people chose the same pseudonym at the same moment: the database's unique key refused the second
            throw new MemberException(Problem.PSEUDONYM_TAKEN);
        }
        if (deleted != 1) {
            throw new MemberException(Problem.CODE);
        }
        return startSession(member, false, now);
    }

    /**
     * The first step of signing in. Unknown pseudonyms and wrong passwords give the same empty answer, in about the
     * same time. Failures count per pseudonym and client; while the delay runs, every attempt (the right password too)
     * is refused with WAIT and the time left, and counts as a failure. A member with a second step gets a half-way
     * session (the code is due on the second-step page).
     *
     * @throws MemberException WAIT, with {@link MemberException#getWait()}
     */
    @Transactional(TxType.REQUIRED)
    public Optional<SessionStarted> signIn(Client client, String pseudonym, char[] password) {
        String key = Member.key(pseudonym);
        String throttleKey = client.keyedHash(THROTTLE_KEY, key);
        Instant now = clock.instant();
        Optional<Member> member = em.createNamedQuery(Member.BY_KEY, Member.class).setParameter("key", key)
                .getResultStream().findFirst();
        boolean matches = secrets.verifyPassword(password,
                member.map(Member::getPasswordHash).orElseGet(this::decoyHash));
        Duration wait = throttle.waitLeft(throttleKey, now);
        if (!wait.isZero() || member.isEmpty() || !matches) {
            throttle.failed(throttleKey, now);
            if (!wait.isZero()) {
                throw new MemberException(Problem.WAIT, throttle.waitLeft(throttleKey, now));
            }
            return Optional.empty();
        }
        throttle.succeeded(throttleKey);
        return Optional.of(startSession(member.get(), member.get().hasSecondStep(), now));
    }

    /**
     * The second step of a half-way sign-in: the code from the app, once. Right: the half-way session is replaced by a
     * signed-in one under a new token (returned). Wrong: empty, counted for this sign-in and as a failed sign-in of the
     * pseudonym from this client; the fifth wrong code ends the sign-in (SECOND_STEP_ENDED).
     *
     * @throws MemberException GONE when there is no half-way session, SECOND_STEP_ENDED, WAIT
     */
    @Transactional(TxType.REQUIRED)
    public Optional<SessionStarted> secondStep(Client client, String token, String code) {
        Instant now = clock.instant();
        MemberSession halfWay = liveSession(token, now).filter(MemberSession::isSecondStepDue)
                .orElseThrow(() -> new MemberException(Problem.GONE));
        Member member = em.find(Member.class, halfWay.getMemberId());
        String throttleKey = client.keyedHash(THROTTLE_KEY, Member.key(member.getPseudonym()));
        Duration wait = throttle.waitLeft(throttleKey, now);
        if (!wait.isZero()) {
            throttle.failed(throttleKey, now);
            throw new MemberException(Problem.WAIT, throttle.waitLeft(throttleKey, now));
        }
        OptionalLong step = totpSecret(member)
                .map(secret -> totp.accept(secret, code, now, member.getTotpLastStep())).orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            throttle.failed(throttleKey, now);
            if (secondSteps.failed(halfWay.getTokenHash())) {
                em.remove(halfWay);
                em.flush();
                secondSteps.forget(halfWay.getTokenHash());
                throw new MemberException(Problem.SECOND_STEP_ENDED);
            }
            return Optional.empty();
        }
        throttle.succeeded(throttleKey);
        secondSteps.forget(halfWay.getTokenHash());
        member.acceptedStep(step.getAsLong());
        em.remove(halfWay);
        em.flush();
        return Optional.of(startSession(member, false, now));
    }

    /**
     * The session of a cookie's token, for the guard: live (used within the idle limit, begun within the absolute one,
     * of a member who still exists) and then marked as used now; a session past its limits is deleted. Empty for no
     * token, an unknown one or an ended session.
     */
    @Transactional(TxType.REQUIRED)
    public Optional<SessionState> session(String token) {
        Instant now = clock.instant();
        return liveSession(token, now).flatMap(live -> {
            Member member = em.find(Member.class, live.getMemberId());
            if (member == null) {
                em.remove(live);
                return Optional.empty();
            }
            live.seen(now);
            return Optional.of(new SessionState(signedIn(member), live.isSecondStepDue()));
        });
    }

    /** Ends the session of this token (signing out, quick exit); nothing happens for an unknown one. */
    @Transactional(TxType.REQUIRED)
    public void signOut(String token) {
        tokenHash(token).map(hash -> em.find(MemberSession.class, hash)).ifPresent(em::remove);
    }

    /** Quick exit ends a member session too, when the request carried one (privacy fires, members end it). */
    @Transactional(TxType.REQUIRED)
    void onQuickExit(@Observes QuickExitTaken exit) {
        exit.cookie(MemberCookie.NAME).ifPresent(this::signOut);
    }

    // --- the member's account ---

    /** What the account page shows. */
    @Transactional(TxType.SUPPORTS)
    public MemberAccount account(SignedInMember who) {
        Member member = existing(who);
        return new MemberAccount(member.getPseudonym(), member.getJoinedOn(), member.hasSecondStep(),
                member.hasAddress());
    }

    /** A new second step to set up (NOT_ALLOWED when one is set up already): its secret, QR code and sealed form. */
    @Transactional(TxType.REQUIRED)
    public SecondStepOffer offerSecondStep(SignedInMember who) {
        Member member = existing(who);
        if (member.hasSecondStep()) {
            throw new MemberException(Problem.NOT_ALLOWED);
        }
        byte[] secret = Totp.newSecret();
        String uri = Totp.enrolmentUri("Xenia", member.getPseudonym(), secret);
        String sealed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secrets.protect(secret, totpKey(), offerContext(member)));
        return new SecondStepOffer(Totp.base32(secret), Totp.qrSvg(uri), sealed);
    }

    /** The offer again from its sealed form (after a wrong code); empty when it was not made to this member. */
    @Transactional(TxType.SUPPORTS)
    public Optional<SecondStepOffer> offeredSecondStep(SignedInMember who, String sealedOffer) {
        Member member = existing(who);
        return decode(sealedOffer).flatMap(sealed -> secrets.unprotect(sealed, totpKey(), offerContext(member)))
                .map(secret -> new SecondStepOffer(Totp.base32(secret),
                        Totp.qrSvg(Totp.enrolmentUri("Xenia", member.getPseudonym(), secret)), sealedOffer.strip()));
    }

    /**
     * Sets up the offered second step with a code from the app, which proves it works. SECOND_STEP_WRONG for a code
     * that does not fit (or an offer not made to this member); NOT_ALLOWED when one is set up already.
     */
    @Transactional(TxType.REQUIRED)
    public void confirmSecondStep(SignedInMember who, String sealedOffer, String code) {
        Member member = existing(who);
        if (member.hasSecondStep()) {
            throw new MemberException(Problem.NOT_ALLOWED);
        }
        Optional<byte[]> secret = decode(sealedOffer)
                .flatMap(sealed -> secrets.unprotect(sealed, totpKey(), offerContext(member)));
        OptionalLong step = secret.map(s -> totp.accept(s, code, clock.instant(), 0)).orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            throw new MemberException(Problem.SECOND_STEP_WRONG);
        }
        member.setUpSecondStep(secrets.protect(secret.get(), totpKey(), totpContext(member)), step.getAsLong());
    }

    /** Removes the second step, with the current password (PASSWORD_WRONG otherwise). */
    @Transactional(TxType.REQUIRED)
    public void removeSecondStep(SignedInMember who, char[] password) {
        Member member = existing(who);
        requirePassword(member, password);
        member.removeSecondStep();
    }

    /** Sets the address for "there is a new consultation" (encrypted), mail in this language. ADDRESS when it is not one. */
    @Transactional(TxType.REQUIRED)
    public void setAddress(SignedInMember who, String address, String language) {
        Member member = existing(who);
        String clean = address == null ? "" : address.strip();
        if (clean.length() > MAX_ADDRESS || !Notifications.isAddress(clean)) {
            throw new MemberException(Problem.ADDRESS);
        }
        member.setAddress(secrets.protect(clean.getBytes(StandardCharsets.UTF_8), addressKey(), addressContext(member)),
                language);
        em.flush();
    }

    @Transactional(TxType.REQUIRED)
    public void removeAddress(SignedInMember who) {
        existing(who).setAddress(null, null);
        em.flush();
    }

    /**
     * A new password, with the current one (PASSWORD_WRONG otherwise, counted like a failed sign-in); every other
     * session of the member ends, the one of {@code currentToken} stays.
     */
    @Transactional(TxType.REQUIRED)
    public void changePassword(SignedInMember who, Client client, String currentToken, char[] current,
            char[] newPassword) {
        Member member = existing(who);
        String throttleKey = client.keyedHash(THROTTLE_KEY, Member.key(member.getPseudonym()));
        Instant now = clock.instant();
        Duration wait = throttle.waitLeft(throttleKey, now);
        if (!wait.isZero()) {
            throttle.failed(throttleKey, now);
            throw new MemberException(Problem.WAIT, throttle.waitLeft(throttleKey, now));
        }
        if (!secrets.verifyPassword(current, member.getPasswordHash())) {
            throttle.failed(throttleKey, now);
            throw new MemberException(Problem.PASSWORD_WRONG);
        }
        checkPolicy(newPassword, member.getPseudonym());
        member.changePassword(secrets.hashPassword(newPassword));
        em.createNamedQuery(MemberSession.DELETE_OTHERS).setParameter("member", member.getId())
                .setParameter("keep", tokenHash(currentToken).orElse("")).executeUpdate();
    }

    /** The member leaves: the account is deleted with its sessions; answers given anonymously stay, unlinked. */
    @Transactional(TxType.REQUIRED)
    public void leave(SignedInMember who) {
        delete(existing(who));
    }

    // --- for the directory and retention ---

    /** The address of a member who gave one, opened with the installation's derived key. */
    Optional<String> address(Member member) {
        return Optional.ofNullable(member.getAddress())
                .flatMap(sealed -> secrets.unprotect(sealed, addressKey(), addressContext(member)))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private void delete(Member member) {
        em.createNamedQuery(MemberSession.DELETE_OF_MEMBER).setParameter("member", member.getId()).executeUpdate();
        em.createNamedQuery(MemberInvitation.DELETE_OF_MEMBER).setParameter("member", member.getId())
                .executeUpdate();
        em.remove(member);
        em.flush();
    }

    private SessionStarted startSession(Member member, boolean secondStepDue, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new MemberSession(tokenHash(token).orElseThrow(), member.getId(), secondStepDue, now));
        em.flush();
        return new SessionStarted(token, signedIn(member), secondStepDue);
    }

    private Optional<MemberSession> liveSession(String token, Instant now) {
        Optional<MemberSession> found = tokenHash(token).map(hash -> em.find(MemberSession.class, hash));
        if (found.isPresent() && !found.get().isLiveAt(now)) {
            em.remove(found.get());
            return Optional.empty();
        }
        return found;
    }

    /** The keyed hash a session is stored under; empty for what cannot be a token. */
    private Optional<String> tokenHash(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Optional.of(secrets.keyedHash(installationKeys.derivedKey(SESSION_KEY), token));
    }

    private Member existing(SignedInMember who) {
        Member member = who == null ? null : em.find(Member.class, who.id());
        if (member == null) {
            throw new MemberException(Problem.GONE);
        }
        return member;
    }

    private void requirePassword(Member member, char[] password) {
        if (!secrets.verifyPassword(password, member.getPasswordHash())) {
            throw new MemberException(Problem.PASSWORD_WRONG);
        }
    }

    private Optional<byte[]> totpSecret(Member member) {
        return Optional.ofNullable(member.getTotpSecret())
                .flatMap(sealed -> secrets.unprotect(sealed, totpKey(), totpContext(member)));
    }

    private byte[] totpKey() {
        return installationKeys.derivedKey(TOTP_KEY);
    }

    private byte[] addressKey() {
        return installationKeys.derivedKey(ADDRESS_KEY);
    }

    private static String totpContext(Member member) {
        return "member-totp:" + member.getId();
    }

    private static String offerContext(Member member) {
        return "member-totp-offer:" + member.getId();
    }

    private static String addressContext(Member member) {
        return "member-address:" + member.getId();
    }

    private static Optional<byte[]> decode(String base64) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(base64 == null ? "" : base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static String checkedPseudonym(String typed) {
        String pseudonym = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        int length = pseudonym.codePointCount(0, pseudonym.length());
        if (length < Member.PSEUDONYM_MIN) {
            throw new MemberException(Problem.PSEUDONYM_SHORT);
        }
        if (length > Member.PSEUDONYM_MAX || Member.key(pseudonym).length() > Member.PSEUDONYM_MAX) {
            throw new MemberException(Problem.PSEUDONYM_LONG);
        }
        if (!PSEUDONYM.matcher(pseudonym).matches()) {
            throw new MemberException(Problem.PSEUDONYM_CHARACTERS);
        }
        return pseudonym;
    }

    private void checkPseudonymFree(String pseudonym) {
        if (em.createNamedQuery(Member.BY_KEY, Member.class).setParameter("key", Member.key(pseudonym))
                .getResultStream().findFirst().isPresent()) {
            throw new MemberException(Problem.PSEUDONYM_TAKEN);
        }
    }

    private static void checkPolicy(char[] password, String pseudonym) {
        PasswordPolicy.check(password, pseudonym).ifPresent(problem -> {
            throw new MemberException(switch (problem) {
                case TOO_SHORT -> Problem.PASSWORD_SHORT;
                case TOO_LONG -> Problem.PASSWORD_LONG;
                case TOO_COMMON -> Problem.PASSWORD_COMMON;
            });
        });
    }

    private static MemberListing listing(Member member) {
        return new MemberListing(member.getId(), member.getPseudonym(), member.getJoinedOn(), member.hasSecondStep(),
                member.hasAddress());
    }

    private static SignedInMember signedIn(Member member) {
        return new SignedInMember(member.getId(), member.getPseudonym(), member.getLanguage());
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = secrets.hashPassword(secrets.newCode(80).toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
