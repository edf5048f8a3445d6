package nl.xenia.portal.members.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.InvitationMade;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.MemberListing;
import nl.xenia.portal.members.boundary.Members;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/members (admins and coordinators): every member by pseudonym with the day of joining and whether a second step
 * and an address are set (never the address), a new invitation (in the language of the person it is for), a new code
 * for a member who lost the password, and the way to remove a member.
 */
@Named
@RequestScoped
public class MemberListBacking {

    @Inject
    Members members;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Languages languages;

    @Inject
    MemberInvitationShown shown;

    private String language;
    private List<Row> rows;

    /** One member as listed. */
    public record Row(long id, String pseudonym, String joined, String secondStep, String address) {
    }

    public void invite() {
        try {
            String chosen = languages.isSupported(language) ? language : languages.codes().get(0);
            shown.keep(members.invite(session.getSignedIn()), chosen);
            OfficePages.info(messages, "office.members.message.invited");
            OfficePages.done("member-invitation");
        } catch (MemberException refused) {
            OfficePages.error(messages, "MemberException.Problem." + refused.getProblem().name());
        }
    }

    /** A new code for the member (lost password or phone): shown on the invitation's page. */
    public void reinvite(long memberId) {
        try {
            InvitationMade made = members.reinvite(session.getSignedIn(), memberId);
            shown.keep(made, languages.isSupported(made.language()) ? made.language() : languages.codes().get(0));
            OfficePages.info(messages, "office.members.message.reinvited");
            OfficePages.done("member-invitation");
        } catch (MemberException refused) {
            OfficePages.error(messages, "MemberException.Problem." + refused.getProblem().name());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            String yes = messages.get("office.members.yes");
            String no = messages.get("office.members.no");
            rows = members.members(session.getSignedIn()).stream()
                    .map((MemberListing member) -> new Row(member.id(), member.pseudonym(),
                            Languages.day(messages.getLang(), member.joinedOn()), member.secondStep() ? yes : no,
                            member.address() ? yes : no))
                    .toList();
        }
        return rows;
    }

    /** How many invitations for new members wait, in words. */
    public String getWaiting() {
        return messages.format("office.members.waiting", "count", members.invitationsWaiting(session.getSignedIn()));
    }

    /** The public languages, for the invitation's language. */
    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
