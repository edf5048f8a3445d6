package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffAccounts;
import nl.xenia.portal.staff.entity.Role;

/** office/staff (admins): invite a member; the activation code is shown to hand over. */
@Named
@RequestScoped
public class StaffInvitationBacking {

    @Inject
    StaffAccounts accounts;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String username;
    private List<String> roles = List.of(Role.STAFF.name());
    private StaffAccounts.Invitation invitation;

    public void invite() {
        try {
            EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
            roles.forEach(role -> chosen.add(Role.valueOf(role)));
            invitation = accounts.invite(session.getSignedIn(), username, chosen);
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "office.problem." + refused.getProblem().name());
        }
    }

    /** Every role by name, for the checkboxes (labels: office.role.NAME). */
    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    /** The invitation's message: for whom, and until when the code works (Europe/Amsterdam time). */
    public String getInvitedMessage() {
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(messages.getLang())).withZone(ZoneId.of("Europe/Amsterdam"))
                .format(invitation.expiresAt());
        return messages.format("office.staff.message.invited", "username", username, "until", until);
    }

    public StaffAccounts.Invitation getInvitation() {
        return invitation;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : roles;
    }

}
