package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.Invitation;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffAdministration;
import nl.xenia.portal.staff.entity.Role;

/**
 * office/staff (admins): every account with its roles and state, and the invitation of a new member
 * (the activation code is mailed when an address is given, else shown to hand over on the new member's
 * page).
 */
@Named
@RequestScoped
public class StaffBacking {

    @Inject
    StaffAdministration administration;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    InvitationShown shown;

    private String username;
    private String mailTo;
    private List<String> roles = List.of(Role.STAFF.name());
    private List<Row> members;

    /** One account as listed. */
    public record Row(long id, String username, String roles, String status) {
    }

    /**
     * Invites, then shows the invitation on the new member's page (address, code, until when, a sentence
     * to send), which also offers a new code later.
     */
    public void invite() {
        try {
            Invitation invitation = administration.invite(session.getSignedIn(), username, roleSet(roles), mailTo,
                    messages.getLang());
            shown.keep(invitation);
            MemberBacking.toMember(invitation.staffId());
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    /** A new generation of the organisation's key, on demand. */
    public void renewKey() {
        try {
            administration.renewOrganisationKey(session.getSignedIn());
            OfficePages.info(messages, "office.staff.message.renewed");
            OfficePages.done();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public List<Row> getMembers() {
        if (members == null) {
            members = administration.members(session.getSignedIn()).stream()
                    .map(member -> new Row(member.staffId(), member.username(), roleLabels(messages, member.roles()),
                            messages.get(member.waitsForAccess()
                                    ? "office.staff.status.waitsForAccess"
                                    : "StaffStatus." + member.status().name())))
                    .toList();
        }
        return members;
    }

    /** Every role by name, for the checkboxes (labels: Role.NAME). */
    public List<String> getAllRoles() {
        return allRoles();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getMailTo() {
        return mailTo;
    }

    public void setMailTo(String mailTo) {
        this.mailTo = mailTo;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : roles;
    }

    static List<String> allRoles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    static EnumSet<Role> roleSet(List<String> names) {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        names.stream().filter(name -> allRoles().contains(name)).forEach(name -> chosen.add(Role.valueOf(name)));
        return chosen;
    }

    static String roleLabels(Messages messages, java.util.Set<Role> roles) {
        return roles.stream().sorted().map(role -> messages.get("Role." + role.name()))
                .collect(Collectors.joining(", "));
    }
}
