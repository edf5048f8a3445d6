package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import nl.xenia.portal.staff.boundary.Enrolment;
import nl.xenia.portal.staff.boundary.OfficeGuard;
import nl.xenia.portal.staff.boundary.PasswordAccepted;
import nl.xenia.portal.staff.boundary.SignedIn;

/**
 * A staff member's office session: the login in progress, then the signed-in member with the
 * organisation's key, in memory only (transient: a session restored elsewhere signs in again). The
 * web guard sees only plain markers (half-way, signed in since). Idle timeout 15 minutes (web.xml),
 * absolute 12 hours (the guard).
 */
@SessionScoped
public class OfficeSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient PasswordAccepted pending;
    private transient Enrolment enrolment;
    private transient SignedIn signedIn;
    private boolean keyAccess;
    /** Where the member goes once signed in (a checked {@code OfficeRegistry.returnPath}), or null. */
    private String returnTo;

    public PasswordAccepted getPending() {
        return pending;
    }

    void passwordAccepted(PasswordAccepted accepted) {
        pending = accepted;
        enrolment = null;
        signedIn = null;
        mark(OfficeGuard.PENDING, accepted.secondFactorEnrolled() ? "second-factor" : "enrol");
        mark(OfficeGuard.SIGNED_IN_AT, null);
        mark(OfficeGuard.ROLES, null);
    }

    /** The sign-in in progress has ended (too many wrong codes, or not allowed): start again. */
    void loginEnded() {
        pending = null;
        enrolment = null;
        mark(OfficeGuard.PENDING, null);
    }

    /** Remembers where to go once the sign-in is complete (a checked return path, or null for the dashboard). */
    void returnTo(String path) {
        returnTo = path;
    }

    /** Where to go now that the member is signed in: the remembered page once, then the dashboard. */
    String takeReturnTo() {
        String path = returnTo == null ? "dashboard" : returnTo;
        returnTo = null;
        return path;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    void enrolmentStarted(Enrolment started) {
        enrolment = started;
    }

    void signedIn(SignedIn member, boolean keyAccess) {
        signedIn = member;
        this.keyAccess = keyAccess;
        pending = null;
        enrolment = null;
        mark(OfficeGuard.PENDING, null);
        mark(OfficeGuard.SIGNED_IN_AT, Instant.now());
        mark(OfficeGuard.WITHOUT_KEY, keyAccess ? null : Boolean.TRUE);
        mark(OfficeGuard.ROLES, member.roles().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new)));
    }

    /** Whether the member held the organisation's key at sign-in (a key given later counts from the next one). */
    public boolean hasKeyAccess() {
        return signedIn != null && keyAccess;
    }

    /** The signed-in member, or null. */
    public SignedIn getSignedIn() {
        return signedIn;
    }

    private static void mark(String attribute, Object value) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(attribute, value);
    }
}
