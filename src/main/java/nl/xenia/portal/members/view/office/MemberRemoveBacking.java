package nl.xenia.portal.members.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.MemberListing;
import nl.xenia.portal.members.boundary.Members;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/member-remove?id= (admins and coordinators): asks before a member's account is removed (its sessions end;
 * what the member answered anonymously stays, unlinked), then removes it and returns to the list.
 */
@Named
@RequestScoped
public class MemberRemoveBacking {

    @Inject
    Members members;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private Long id;
    private MemberListing member;

    /** The view action: the member of the id in the address, or 404. */
    public void load() {
        member = id == null ? null : members.member(session.getSignedIn(), id).orElse(null);
        if (member == null) {
            NotFound.answer();
        }
    }

    public void remove() {
        try {
            members.remove(session.getSignedIn(), member.id());
            OfficePages.info(messages, "office.members.message.removed");
            OfficePages.done("members");
        } catch (MemberException refused) {
            OfficePages.error(messages, "MemberException.Problem." + refused.getProblem().name());
        }
    }

    public MemberListing getMember() {
        return member;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
