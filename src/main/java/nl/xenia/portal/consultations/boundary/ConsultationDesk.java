package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * What staff do with consultations (STAFF, ADMIN and the sounding board's COORDINATOR): write them, open them, close
 * them early, plan sessions and record who came, see the results (groups below five suppressed; anonymous results only
 * after the close; open answers opened with the organisation's key, audited), export them as CSV, and publish the
 * outcome. The participation record for the volunteer fee is for admins only.
 */
@ApplicationScoped
public class ConsultationDesk {

    /** Counts below this are shown as "< 5". */
    public static final int SMALLEST_GROUP = 5;

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public List<StaffViews.Row> list(SignedIn staff, String language) {
        throw new UnsupportedOperationException();
    }

    /** A consultation to edit; {@code locked} when someone answered (questions cannot change). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public StaffViews.Draft draft(SignedIn staff, long id) {
        throw new UnsupportedOperationException();
    }

    /** Saves a new or changed consultation; returns its id. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public long save(SignedIn staff, StaffViews.Draft draft) {
        throw new UnsupportedOperationException();
    }

    /** Makes a consultation visible to members (and tells those with an address when it opens). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void publish(SignedIn staff, long id) {
        throw new UnsupportedOperationException();
    }

    /** Closes an open consultation now (anonymous responses are written unlinked at once). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void closeNow(SignedIn staff, long id) {
        throw new UnsupportedOperationException();
    }

    /** Deletes a consultation that was never published. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void delete(SignedIn staff, long id) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public List<StaffViews.Session> sessions(SignedIn staff, long consultationId) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public long addSession(SignedIn staff, long consultationId, StaffViews.SessionDraft session) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void removeSession(SignedIn staff, long sessionId) {
        throw new UnsupportedOperationException();
    }

    /** Records who came to a session: the members named attended, the others who signed up did not. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void recordAttendance(SignedIn staff, long sessionId, Set<Long> attended) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public StaffViews.Results results(SignedIn staff, long id, String language) {
        throw new UnsupportedOperationException();
    }

    /** The open answers, opened with the staff member's key (audited once). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public List<StaffViews.OpenAnswer> openAnswers(SignedIn staff, long id, String language) {
        throw new UnsupportedOperationException();
    }

    /** The results as CSV (Apache Commons CSV): one row per question and choice, suppressed cells as "< 5". */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public String resultsCsv(SignedIn staff, long id, String language) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public StaffViews.Outcome outcome(SignedIn staff, long id) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void saveOutcome(SignedIn staff, long id, StaffViews.Outcome outcome) {
        throw new UnsupportedOperationException();
    }

    /** Publishes the saved outcome to members; public when asked; members with an address told when asked. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    public void publishOutcome(SignedIn staff, long id, boolean isPublic, boolean tellMembers) {
        throw new UnsupportedOperationException();
    }

    /** Per member, consultations answered and sessions attended in a year. */
    @RequiresRole(Role.ADMIN)
    public List<StaffViews.Participation> participation(SignedIn admin, int year) {
        throw new UnsupportedOperationException();
    }

    @RequiresRole(Role.ADMIN)
    public String participationCsv(SignedIn admin, int year, String language) {
        throw new UnsupportedOperationException();
    }
}
