package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.xenia.portal.staff.entity.Role;

/**
 * The boundary's own check, whatever the web layer let through: the method's
 * {@link SignedIn} argument must be a member whose account is active now and holds one
 * of these roles now (read from the database, so a role taken away counts at once). Otherwise
 * {@link StaffAccountException} NOT_ALLOWED, before the method runs.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    /** Any one of these is enough. */
    @Nonbinding
    Role[] value();
}
