package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.staff.boundary.Invitation;
import nl.xenia.portal.staff.boundary.Member;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffAdministration;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * office/member?id= (admins): one account's roles, its deactivation (confirmed), and for an invitation
 * not taken up yet: the activation address, code and validity to hand over (right after it was made,
 * in this session), and a new code.
 */
@Named
@RequestScoped
public class MemberBacking {

    @Inject
    StaffAdministration administration;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    InvitationShown shown;

    @Inject
    Clients clients;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

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
            toMember(member.staffId());
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
            toMember(member.staffId());
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    /** A new activation code for a pending or expired invitation: the old one stops working now. */
    public void newCode() {
        try {
            shown.keep(administration.newCode(session.getSignedIn(), member.staffId()));
            OfficePages.info(messages, "office.member.message.newCode");
            toMember(member.staffId());
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    /**
     * Whether the invitation's part (with "new code") is there: for an invitation not taken up yet, and
     * while a postback is decoded (the member is loaded only after that).
     */
    public boolean isInvitationOffered() {
        return member == null || isInvited();
    }

    /** Whether the account is an invitation not taken up yet (pending or expired). */
    public boolean isInvited() {
        return member != null && member.status() == StaffStatus.INVITED;
    }

    /** Whether the invitation has expired (a new code is then the way on). */
    public boolean isExpired() {
        return isInvited() && (member.invitationExpiresAt() == null
                || !clock.instant().isBefore(member.invitationExpiresAt()));
    }

    /** The invitation's state: until when its code works, or since when it does not. */
    public String getInvitationState() {
        if (!isInvited() || member.invitationExpiresAt() == null) {
            return "";
        }
        return messages.format(isExpired() ? "office.member.invitation.expired" : "office.member.invitation.pending",
                "until", Languages.dateTime(messages.getLang(), member.invitationExpiresAt()));
    }

    /** The invitation or new code made in this session for this account, while valid; null otherwise. */
    public Invitation getInvitation() {
        return member == null ? null : shown.of(member.staffId(), clock.instant()).orElse(null);
    }

    /** What the fresh invitation says: for whom, how it travels, and until when the code works. */
    public String getInvitedMessage() {
        Invitation invitation = getInvitation();
        return invitation == null
                ? ""
                : messages.format(invitation.mailed()
                        ? "office.staff.message.mailed"
                        : "office.staff.message.invited", "username", member.username(), "until", getUntil());
    }

    public String getUntil() {
        Invitation invitation = getInvitation();
        return invitation == null ? "" : Languages.dateTime(messages.getLang(), invitation.expiresAt());
    }

    /**
     * The activation page's address as the admin reached the office: https when the request came over
     * TLS or through the trusted proxy that says so, and the host the request named (the server answers
     * only its own names, see server-config/http.xml). Never a code in it.
     */
    public String getActivationAddress() {
        return activationAddress(OfficePages.request(), clients.isHttps(OfficePages.request()), messages.getLang());
    }

    /** The sentence to send the new member, ready to copy: address, code and until when. */
    public String getSentence() {
        Invitation invitation = getInvitation();
        return invitation == null || invitation.code() == null
                ? ""
                : languages.format(messages.getLang(),
                        "office.member.invitation.sentence", Map.<String, Object>of("address", getActivationAddress(),
                                "code", invitation.code(), "until", getUntil(), "username", member.username()));
    }

    static String activationAddress(HttpServletRequest request, boolean https, String language) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String authority = host.strip();
        if (authority.endsWith(https ? ":443" : ":80") || https && authority.endsWith(":80")) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        return (https ? "https" : "http") + "://" + authority + request.getContextPath()
                + OfficePaths.url(language, "activate");
    }

    /** After an action: 303 to this member's page, the message travelling with it (post, redirect, get). */
    static void toMember(long staffId) {
        OfficePages.done("member", Map.of("id", String.valueOf(staffId)));
    }

    public void giveAccess() {
        try {
            administration.giveAccess(session.getSignedIn(), member.staffId());
            OfficePages.info(messages, "office.member.message.access");
            toMember(member.staffId());
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public void resetSecondFactor() {
        try {
            administration.resetSecondFactor(session.getSignedIn(), member.staffId());
            OfficePages.info(messages, "office.member.message.reset");
            toMember(member.staffId());
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
