package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.boundary.Member;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffAdministration;
import nl.xenia.portal.staff.entity.StaffStatus;

/** office/member?id= (admins): one account's roles, and its deactivation (confirmed). */
@Named
@RequestScoped
public class MemberBacking {

    @Inject
    StaffAdministration administration;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private Long id;
    private Member member;
    private List<String> roles;
    private boolean confirmed;

    /** The view action: the account of the id in the address, or 404. */
    public void load() {
        member = id == null ? null : administration.member(session.getSignedIn(), id).orElse(null);
        if (member == null) {
            NotFound.answer();
            return;
        }
        if (roles == null) {
            roles = member.roles().stream().map(Enum::name).toList();
        }
    }

    public void saveRoles() {
        try {
            administration.changeRoles(session.getSignedIn(), member.staffId(), StaffBacking.roleSet(roles));
            OfficePages.info(messages, "office.member.message.roles");
            member = administration.member(session.getSignedIn(), member.staffId()).orElseThrow();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public void deactivate() {
        if (!confirmed) {
            OfficePages.error(messages, "office.member.message.confirm");
            return;
        }
        try {
            administration.deactivate(session.getSignedIn(), member.staffId());
            OfficePages.info(messages, "office.member.message.deactivated");
            member = administration.member(session.getSignedIn(), member.staffId()).orElseThrow();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public void giveAccess() {
        try {
            administration.giveAccess(session.getSignedIn(), member.staffId());
            OfficePages.info(messages, "office.member.message.access");
            member = administration.member(session.getSignedIn(), member.staffId()).orElseThrow();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public void resetSecondFactor() {
        try {
            administration.resetSecondFactor(session.getSignedIn(), member.staffId());
            OfficePages.info(messages, "office.member.message.reset");
            member = administration.member(session.getSignedIn(), member.staffId()).orElseThrow();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    /**
     * Whether the "give access" form is there: for a member waiting for it, and while a postback is
     * decoded (the member is loaded only after that, so the button must not vanish then).
     */
    public boolean isAccessOffered() {
        return member == null || member.waitsForAccess();
    }

    public boolean isDeactivated() {
        return member != null && member.status() == StaffStatus.DEACTIVATED;
    }

    public String getStatus() {
        return member == null ? "" : messages.get("StaffStatus." + member.status().name());
    }

    public String getRoleLabels() {
        return member == null ? "" : StaffBacking.roleLabels(messages, member.roles());
    }

    public List<String> getAllRoles() {
        return StaffBacking.allRoles();
    }

    public Member getMember() {
        return member;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : roles;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
