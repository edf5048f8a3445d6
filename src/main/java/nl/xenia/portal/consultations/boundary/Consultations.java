package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.members.boundary.SignedInMember;

/**
 * What members do with consultations: see the published ones, answer (a draft first, then sent; under the pseudonym
 * changed until the close, anonymously once and unlinkably), sign up for sessions, read the outcome. Also the public
 * version of an outcome that staff switched on. Every method checks that the member's account still exists.
 */
@ApplicationScoped
public class Consultations {

    /** Published consultations (upcoming, open, closed), the open ones first. */
    public List<MemberViews.Listed> forMember(SignedInMember member, String language) {
        throw new UnsupportedOperationException();
    }

    /** One published consultation with the member's draft or sent answers. GONE for anything else. */
    public MemberViews.Page page(SignedInMember member, long id, String language) {
        throw new UnsupportedOperationException();
    }

    /** Keeps a draft (nothing is checked but lengths and choices); not for a sent anonymous response. */
    public void saveDraft(SignedInMember member, long id, Answers answers) {
        throw new UnsupportedOperationException();
    }

    /** Sends the answers (required ones checked): anonymous ones once; under the pseudonym again until the close. */
    public void send(SignedInMember member, long id, Answers answers) {
        throw new UnsupportedOperationException();
    }

    /** Signs up for a session of a published consultation, or withdraws ({@code coming} false). */
    public void signUp(SignedInMember member, long sessionId, boolean coming) {
        throw new UnsupportedOperationException();
    }

    /** The published outcome, for a member. GONE when there is none. */
    public MemberViews.Outcome outcome(SignedInMember member, long id, String language) {
        throw new UnsupportedOperationException();
    }

    /** Outcomes that staff made public, newest first, for anyone. */
    public List<MemberViews.Listed> publicOutcomes(String language) {
        throw new UnsupportedOperationException();
    }

    /** One outcome that staff made public, for anyone. */
    public Optional<MemberViews.Outcome> publicOutcome(long id, String language) {
        throw new UnsupportedOperationException();
    }
}
