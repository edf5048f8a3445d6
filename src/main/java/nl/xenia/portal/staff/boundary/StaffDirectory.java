package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * Who is on the team, for other components: members' names by id (to say who does what) and the
 * active members with a role (to send a component's own notices). Names and ids only.
 */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** Every account's username by id, for lists that name who does what (an assignee). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Map<Long, String> usernames(SignedIn member) {
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultStream()
                .collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
    }

    /** The active members holding any of these roles (for a component's own notices, e.g. question alerts). */
    @Transactional(TxType.SUPPORTS)
    public Set<Long> activeMembersWith(Role... roles) {
        Set<Role> wanted = EnumSet.copyOf(Arrays.asList(roles));
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.ACTIVE)
                .getResultStream().filter(account -> account.getRoles().stream().anyMatch(wanted::contains))
                .map(StaffAccount::getId).collect(Collectors.toSet());
    }
}
