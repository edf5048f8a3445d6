package nl.xenia.portal.staff.boundary;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/** Enforces {@link RequiresRole} on boundary methods. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RoleCheck {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        SignedIn member = Arrays.stream(call.getParameters())
                .filter(SignedIn.class::isInstance).map(SignedIn.class::cast).findFirst()
                .orElse(null);
        if (member == null || required == null || !allowed(member, required)) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        return call.proceed();
    }

    private boolean allowed(SignedIn member, RequiresRole required) {
        StaffAccount account = em.find(StaffAccount.class, member.staffId());
        return account != null && account.getStatus() == StaffStatus.ACTIVE
                && Arrays.stream(required.value()).anyMatch(role -> account.getRoles().contains(role)
                        && member.roles().contains(role));
    }
}
