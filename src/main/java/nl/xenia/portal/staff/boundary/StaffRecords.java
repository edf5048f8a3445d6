package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.privacy.boundary.PasswordPolicy;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.RecoveryCode;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * What the staff facades share about accounts: finding one (refused as NOT_ALLOWED when missing or
 * inactive), the rules for usernames, passwords and roles, and the last admin. Runs in the calling
 * facade's transaction; starts none of its own.
 */
@Dependent
class StaffRecords {

    /** The context the second step's secret is wrapped under, with the account's id. */
    static final String TOTP_CONTEXT = "staff totp secret ";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    StaffAccount active(long staffId) {
        StaffAccount account = find(staffId);
        if (account.getStatus() != StaffStatus.ACTIVE) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        return account;
    }

    StaffAccount find(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        return account;
    }

    Optional<StaffAccount> byUsername(String name) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", name)
                .getResultStream().findFirst();
    }

    /** A username as typed, normalised, checked and not yet taken. */
    String newUsername(String username) {
        String name = normalised(username);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw new StaffAccountException(Problem.USERNAME_INVALID);
        }
        if (byUsername(name).isPresent()) {
            throw new StaffAccountException(Problem.USERNAME_TAKEN);
        }
        return name;
    }

    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses a password the policy does not allow for this username. */
    static void checkPolicy(char[] password, String username) {
        PasswordPolicy.check(password, username).ifPresent(problem -> {
            throw new StaffAccountException(switch (problem) {
                case TOO_SHORT -> Problem.PASSWORD_TOO_SHORT;
                case TOO_LONG -> Problem.PASSWORD_TOO_LONG;
                case TOO_COMMON -> Problem.PASSWORD_TOO_COMMON;
            });
        });
    }

    static void requireSomeRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new StaffAccountException(Problem.ROLES_EMPTY);
        }
    }

    /** Refuses (LAST_ADMIN) when no other active admin would be left. */
    void requireAnotherAdmin(StaffAccount leaving) {
        long others = em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class)
                .setParameter("status", StaffStatus.ACTIVE).getResultStream()
                .filter(other -> !other.getId().equals(leaving.getId()) && other.getRoles().contains(Role.ADMIN))
                .count();
        if (others == 0) {
            throw new StaffAccountException(Problem.LAST_ADMIN);
        }
    }

    void deleteRecoveryCodes(long staffId) {
        em.createNamedQuery(RecoveryCode.DELETE_OF_STAFF).setParameter("staff", staffId).executeUpdate();
    }
}
