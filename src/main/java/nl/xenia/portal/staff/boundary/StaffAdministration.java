package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * What admins do with the team: invite members, list them, change their roles, give them the
 * organisation's key, reset a lost second step, deactivate them, renew the organisation's key, and
 * count what waits for an admin (for the dashboard). Every method is for admins only.
 */
@ApplicationScoped
public class StaffAdministration {

    /** The invitation to a new member: where to activate, the one-time code and until when. Arguments: link, code, until. */
    public static final MailTemplate STAFF_INVITATION = MailTemplate.toReaders("staff_invitation");

    static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    @Inject
    OrganisationKeys organisationKeys;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    Event<StaffDeactivated> deactivated;

    @Inject
    StaffRecords records;

    /**
     * Invites a staff member. The invitation's code opens nothing but the activation: the
     * organisation's key is given by an admin after the member has signed up. With a mail address the
     * code goes by mail (in {@code language}, through the outbox, the address kept only there until
     * sent) and is not returned; without one it is returned to hand over.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public Invitation invite(SignedIn admin, String username, Set<Role> roles, String mailTo, String language) {
        String name = records.newUsername(username);
        StaffRecords.requireSomeRole(roles);
        String address = mailTo == null ? "" : mailTo.strip();
        if (!address.isEmpty() && !Notifications.isAddress(address)) {
            throw new StaffAccountException(Problem.MAIL_INVALID);
        }
        String code = secrets.newCode(160);
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        StaffAccount invited = StaffAccount.invited(name, roles, secrets.codeHash(code).orElseThrow(), expires,
                clock.instant());
        em.persist(invited);
        em.flush();
        auditLog.record(admin.username(), AuditAction.ACCOUNT_CREATED, "staff", invited.getId());
        if (address.isEmpty()) {
            return new Invitation(invited.getId(), code, expires, false);
        }
        notifications.queue(address, language, STAFF_INVITATION,
                Map.of("link", notifications.officeLink(language, "activate"), "code", code, "until",
                        Languages.dateTime(language, expires)));
        return new Invitation(invited.getId(), null, expires, true);
    }

    /**
     * A new activation code for an invitation not taken up yet, pending or expired: the old code stops
     * working at once, the new one works for the invitation's usual time. Returned to hand over (never
     * mailed: the address given at the invitation was not kept). Refused (NOT_INVITED) for an account
     * that has been activated or deactivated.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public Invitation newCode(SignedIn admin, long staffId) {
        StaffAccount account = records.find(staffId);
        if (account.getStatus() != StaffStatus.INVITED) {
            throw new StaffAccountException(Problem.NOT_INVITED);
        }
        String code = secrets.newCode(160);
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        account.renewInvitation(secrets.codeHash(code).orElseThrow(), expires);
        auditLog.record(admin.username(), AuditAction.INVITATION_RENEWED, "staff", staffId);
        return new Invitation(staffId, code, expires, false);
    }

    /** Every account, by username, for the admins' staff list. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public List<Member> members(SignedIn admin) {
        Set<Long> holding = organisationKeys.withAccess();
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultStream()
                .map(account -> member(account, holding)).toList();
    }

    /** One account; empty when there is none with that id. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public Optional<Member> member(SignedIn admin, long staffId) {
        return Optional.ofNullable(em.find(StaffAccount.class, staffId))
                .map(account -> member(account, organisationKeys.withAccess()));
    }

    /** How many invitations still wait for activation (and have not expired). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public long openInvitations(SignedIn admin) {
        Instant now = clock.instant();
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.INVITED)
                .getResultStream().filter(account -> account.isInvitationValidAt(now)).count();
    }

    /** How many active members wait for an admin to give them the organisation's key (REPORTING-only ones never do). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public long waitingForAccess(SignedIn admin) {
        Set<Long> holding = organisationKeys.withAccess();
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.ACTIVE)
                .getResultStream()
                .filter(account -> !holding.contains(account.getId()) && Role.needKey(account.getRoles())).count();
    }

    /**
     * Sets an account's roles (at least one; never taking the last admin's; never only roles that need no key for a
     * member who holds the organisation's key).
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void changeRoles(SignedIn admin, long staffId, Set<Role> roles) {
        StaffRecords.requireSomeRole(roles);
        StaffAccount account = records.find(staffId);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            records.requireAnotherAdmin(account);
        }
        if (!Role.needKey(roles) && organisationKeys.withAccess().contains(staffId)) {
            throw new StaffAccountException(Problem.KEY_HELD);
        }
        account.changeRoles(roles);
        auditLog.record(admin.username(), AuditAction.ROLES_CHANGED, "staff", staffId);
    }

    /**
     * Deactivates an account: it can no longer sign in, its key and the organisation's keyset sealed
     * to it are deleted, and — when it held the keyset — the organisation's key is renewed, so what is
     * sealed from now on is out of reach of anything the member may have kept.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void deactivate(SignedIn admin, long staffId) {
        StaffAccount account = records.find(staffId);
        if (account.getRoles().contains(Role.ADMIN)) {
            records.requireAnotherAdmin(account);
        }
        boolean held = organisationKeys.withAccess().contains(staffId);
        account.deactivate(clock.instant());
        organisationKeys.forget(staffId);
        records.deleteRecoveryCodes(staffId);
        auditLog.record(admin.username(), AuditAction.ACCOUNT_DEACTIVATED, "staff", staffId);
        deactivated.fire(new StaffDeactivated(staffId));
        if (held) {
            renew(admin);
        }
    }

    /**
     * Gives a member who has signed up the organisation's key (sealed to the member's own key; the
     * member holds it from their next sign-in).
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void giveAccess(SignedIn admin, long staffId) {
        StaffAccount account = records.active(staffId);
        if (organisationKeys.withAccess().contains(staffId)) {
            throw new StaffAccountException(Problem.ACCESS_GIVEN_ALREADY);
        }
        if (!Role.needKey(account.getRoles())) {
            throw new StaffAccountException(Problem.NO_KEY_NEEDED);
        }
        try {
            organisationKeys.give(admin.key(), account.getId());
        } catch (IllegalStateException stale) {
            throw new StaffAccountException(Problem.KEY_NOT_NEWEST);
        }
        auditLog.record(admin.username(), AuditAction.KEY_GIVEN, "staff", staffId);
    }

    /** Renews the organisation's key: new items are sealed to a new generation. */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void renewOrganisationKey(SignedIn admin) {
        renew(admin);
    }

    /**
     * Forgets a member's second step and recovery codes (phone and codes lost): at the next sign-in
     * the password leads to setting up a new one.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void resetSecondFactor(SignedIn admin, long staffId) {
        StaffAccount account = records.active(staffId);
        account.resetSecondFactor();
        records.deleteRecoveryCodes(staffId);
        auditLog.record(admin.username(), AuditAction.SECOND_FACTOR_RESET, "staff", staffId);
    }

    private void renew(SignedIn admin) {
        try {
            organisationKeys.rotate(admin.key());
        } catch (IllegalStateException stale) {
            throw new StaffAccountException(Problem.KEY_NOT_NEWEST);
        }
        auditLog.record(admin.username(), AuditAction.KEY_RENEWED, "organisation-key", null);
    }

    private static Member member(StaffAccount account, Set<Long> holding) {
        return new Member(account.getId(), account.getUsername(), account.getRoles(), account.getStatus(),
                account.getInvitationExpiresAt(), account.isSecondFactorEnrolled(), holding.contains(account.getId()));
    }
}
