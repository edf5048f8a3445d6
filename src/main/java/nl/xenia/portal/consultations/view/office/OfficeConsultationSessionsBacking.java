package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/consultation-sessions?id=: a consultation's sessions (when, online or where; the place or link is opened with
 * the organisation's key), each with the pseudonyms of the members who signed up and a tick for who came, saved per
 * session; a session added with its day, times and place or link, and removed after the question
 * ({@code &remove=<session>}).
 */
@Named
@RequestScoped
public class OfficeConsultationSessionsBacking extends ConsultationPage {

    static final String PAGE = "consultation-sessions";

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String removeParam;
    private StaffViews.Row row;
    private List<StaffViews.Session> sessions;
    private boolean fetched;

    // a new session
    private LocalDate day;
    private LocalTime start;
    private LocalTime end;
    private boolean online;
    private String place;

    /** The view action (also on postback): the consultation and its sessions, or 404. */
    public void load() {
        if (ConsultationOffice.forged("id") || ConsultationOffice.forged("remove") || getRow() == null) {
            NotFound.answer();
        }
    }

    /**
     * The consultation and its sessions, read once when first asked (a form in the list of sessions is found by the
     * post before the view action runs).
     */
    private void fetch() {
        if (fetched) {
            return;
        }
        fetched = true;
        if (getId() == null) {
            return;
        }
        row = ConsultationOffice.row(desk, session.getSignedIn(), getId(), messages.getLang()).orElse(null);
        sessions = row == null
                ? List.of()
                : ConsultationOffice.unlessGone(() -> desk.sessions(session.getSignedIn(),
                        getId()));
    }

    /** Adds the session typed. */
    public void add() {
        if (getRow() == null) {
            NotFound.answer();
            return;
        }
        try {
            desk.addSession(session.getSignedIn(), getId(),
                    new StaffViews.SessionDraft(ConsultationOffice.at(day, start),
                            ConsultationOffice.at(day, end), online, place == null ? null : place.strip()));
            OfficePages.info(messages, "office.consultationsessions.message.added");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(getId())));
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
        }
    }

    /** Removes the session named in the form, after the question. */
    public void remove() {
        Long chosen = ConsultationOffice.number("session");
        if (chosen == null || getSession(chosen) == null) {
            NotFound.answer();
            return;
        }
        try {
            desk.removeSession(session.getSignedIn(), chosen);
            OfficePages.info(messages, "office.consultationsessions.message.removed");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(getId())));
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
        }
    }

    /** Records who came to the session named in the form: those ticked came, the others who signed up did not. */
    public void saveAttendance() {
        Long chosen = ConsultationOffice.number("session");
        StaffViews.Session shown = chosen == null ? null : getSession(chosen);
        if (shown == null) {
            NotFound.answer();
            return;
        }
        // a box per member who signed up (came-<member>), sent only when ticked
        Set<Long> came = shown.signups().stream().map(StaffViews.Signup::memberId)
                .filter(member -> ConsultationOffice.param("came-" + member) != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            desk.recordAttendance(session.getSignedIn(), chosen, came);
            OfficePages.info(messages, "office.consultationsessions.message.attendance");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(getId())));
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
        }
    }

    // --- what the page shows ---

    public StaffViews.Row getRow() {
        fetch();
        return row;
    }

    public List<StaffViews.Session> getSessions() {
        fetch();
        return sessions == null ? List.of() : sessions;
    }

    /** The session of this consultation with the id, or null. */
    StaffViews.Session getSession(long sessionId) {
        return getSessions().stream().filter(shown -> shown.id() == sessionId).findFirst().orElse(null);
    }

    /** The session the page asks about removing ({@code &remove=}), or null. */
    public StaffViews.Session getRemoving() {
        // read from the request when the view parameter is not set yet (a post is decoded before it is)
        Long chosen = ConsultationOffice.parse(removeParam != null ? removeParam : ConsultationOffice.param("remove"));
        return chosen == null ? null : getSession(chosen);
    }

    /** When a session is, in the office's language: "di 2 jun. 19:00–21:00". */
    public String when(StaffViews.Session shown) {
        return ConsultationOffice.when(messages.getLang(), shown.startsAt(), shown.endsAt());
    }

    /** How many came of those signed up: "2 of 3 came". */
    public String came(StaffViews.Session shown) {
        return messages.format("office.consultationsessions.came", "came",
                shown.signups().stream().filter(StaffViews.Signup::attended).count(), "signedUp",
                shown.signups().size());
    }

    // --- view parameters and fields ---

    public String getRemoveParam() {
        return removeParam;
    }

    public void setRemoveParam(String removeParam) {
        this.removeParam = removeParam;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
