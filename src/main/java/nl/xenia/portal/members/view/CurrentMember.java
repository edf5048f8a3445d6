package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.xenia.portal.members.boundary.SignedInMember;

/**
 * The member signed in for this request (set by the members' guard before a member page is rendered), or null on a
 * page open to anyone. Member pages read it; facades check the account again.
 */
@Named
@RequestScoped
public class CurrentMember {

    private SignedInMember member;

    public SignedInMember get() {
        return member;
    }

    public boolean isSignedIn() {
        return member != null;
    }

    public void set(SignedInMember signedIn) {
        member = signedIn;
    }
}
