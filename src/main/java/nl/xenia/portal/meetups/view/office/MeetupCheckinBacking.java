package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/meetup-checkin?id=: the check-in list to print: the meetup's title, time and public area, then the nicknames
 * of those who come and, apart, of those waiting in their turn; nothing else about anyone. The boundary opens the
 * nicknames in the member's session and records the opening in the audit log.
 */
@Named
@RequestScoped
public class MeetupCheckinBacking {

    @Inject
    MeetupPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private Long id;
    private MeetupPlanning.Detail detail;
    private List<MeetupPlanning.Attendee> attendees;

    /** The view action: the meetup (or 404) and who comes, opened once. */
    public void load() {
        detail = id == null ? null : planning.detail(session.getSignedIn(), id, messages.getLang()).orElse(null);
        if (detail == null) {
            NotFound.answer();
            return;
        }
        attendees = planning.attendees(session.getSignedIn(), id);
    }

    public MeetupPlanning.Detail getDetail() {
        return detail;
    }

    /** Those who come, by nickname. */
    public List<MeetupPlanning.Attendee> getComing() {
        return attendees == null
                ? List.of()
                : attendees.stream().filter(attendee -> attendee.status() == RsvpStatus.COMING).toList();
    }

    /** Those waiting, in their turn. */
    public List<MeetupPlanning.Attendee> getWaiting() {
        return attendees == null
                ? List.of()
                : attendees.stream().filter(attendee -> attendee.status() == RsvpStatus.WAITING)
                        .sorted(Comparator.comparingInt(MeetupPlanning.Attendee::turn)).toList();
    }

    /** A nickname, or that the person gave none. */
    public String nameOf(MeetupPlanning.Attendee attendee) {
        return attendee.nickname() == null || attendee.nickname().isBlank()
                ? messages.get("office.meetupcheckin.noNickname")
                : attendee.nickname();
    }

    public String getWhen() {
        return detail == null
                ? ""
                : MeetupOffice.when(messages.getLang(), detail.entry().start(), detail.entry().end());
    }

    public String getArea() {
        return detail == null ? "" : MeetupOffice.area(messages, detail.entry());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The id as the address has it (a view parameter as text: anything but a number answers 404). */
    public String getIdParam() {
        return getId() == null ? null : String.valueOf(getId());
    }

    public void setIdParam(String typed) {
        setId(MeetupOffice.parse(typed));
    }
}
