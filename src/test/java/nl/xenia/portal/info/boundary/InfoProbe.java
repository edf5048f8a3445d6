package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;

/** For the information tests only: a staff account to act as (the boundary checks roles in the database). */
@ApplicationScoped
public class InfoProbe {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public long account(String username, Set<Role> roles) {
        StaffAccount account = StaffAccount.active(username, roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles,
                "not-a-hash", new byte[16], Instant.now());
        em.persist(account);
        em.flush();
        return account.getId();
    }
}
