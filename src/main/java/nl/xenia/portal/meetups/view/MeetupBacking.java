package nl.xenia.portal.meetups.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.meetups.control.MeetupCalendar;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.view.InboxViews;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/meetup?id=}: one meetup (what, when, the public area, who hosts, the languages spoken, the places
 * left) with the "I'll come" form: an optional nickname, an optional earlier code and an optional mail address, posted
 * with a form token so a second post of the same form counts once. Then the receipt code shown once with a required
 * "I have written it down" step (none when an earlier code was given), the exact address or link, and the calendar
 * file. What the inbox's meetup forms post to is answered here too, with the code and the RSVP's id in the POST body
 * only: {@code action=ics} (the calendar file, the address in it only when asked), {@code action=leave} ("I can't come
 * after all", confirmed on a step of its own, then a 303 to the inbox by a one-time view of {@link InboxViews}). A
 * refusal is explained next to its field, keeping everything typed.
 */
@Named("meetupPage")
@RequestScoped
public class MeetupBacking {

    /** The longest code the form takes. */
    static final int MAX_CODE = 40;

    /** Where the page is. */
    public enum State {
        NOTHING, SHOW, RECEIPT, JOINED, DONE, LEAVE
    }

    @Inject
    Meetups meetups;

    @Inject
    Messages messages;

    @Inject
    Secrets secrets;

    @Inject
    Clients clients;

    @Inject
    InboxViews views;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    private State state = State.NOTHING;
    private boolean posted;
    private String error;
    private String errorField;
    private MeetupTexts.Row row;
    private String formToken;
    private String code;
    private MeetupInboxBacking.Shown shown;

    /** The view action: the meetup asked for, or the step posted. */
    public void handle() {
        posted = "POST".equals(request.getMethod());
        if (!posted) {
            if (request.getParameter("id") == null) {
                seeOther(request.getContextPath() + "/" + messages.getLang() + "/meetups");
                return;
            }
            formToken = secrets.newCode(128);
            show();
            return;
        }
        String action = request.getParameter("action");
        if ("ics".equals(action)) {
            calendar();
        } else if ("leave".equals(action)) {
            leave();
        } else if ("saved".equals(request.getParameter("step"))) {
            saved();
        } else {
            rsvp();
        }
    }

    /** The meetup of the {@code id} given, as it is now; GONE when there is none (a forged or an old id). */
    private void show() {
        row = MeetupTexts.id(request.getParameter("id"))
                .flatMap(id -> meetups.listing(messages.getLang(), id))
                .map(listing -> MeetupTexts.row(messages, listing, clock.instant())).orElse(null);
        if (row == null) {
            state = State.NOTHING;
            error = error == null ? problem(MeetupException.Problem.GONE) : error;
            return;
        }
        state = State.SHOW;
        // the page's address in every language (canonical, hreflang, the language picker) names this meetup
        request.setAttribute(RequestLanguage.PAGE_ATTRIBUTE, "meetup?id=" + row.listing().id());
    }

    private void rsvp() {
        formToken = request.getParameter("token");
        if (formToken == null || formToken.isBlank() || formToken.length() > 64) {
            formToken = secrets.newCode(128);
        }
        Optional<Long> id = MeetupTexts.id(request.getParameter("id"));
        if (id.isEmpty()) {
            show();
            return;
        }
        try {
            Meetups.Joined joined = meetups.rsvp(clients.of(request),
                    new Meetups.Request(id.get(), request.getParameter("nickname"), request.getParameter("mail"),
                            request.getParameter("earlier"), formToken, messages.getLang()));
            code = joined.code();
            state = code == null ? State.JOINED : State.RECEIPT;
            if (code == null) {
                code = Typed.cut(request.getParameter("earlier"), MAX_CODE);
            }
            shown = MeetupInboxBacking.shown(messages, joined.rsvp(), clock.instant());
        } catch (MeetupException refused) {
            errorField = switch (refused.getProblem()) {
                case LONG, CHARACTERS -> "nickname";
                case MAIL -> "mail";
                case CODE, WAIT, REFUSED, ALREADY, TOO_MANY -> "earlier";
                default -> null;
            };
            error = problem(refused.getProblem());
            show();
        }
    }

    /**
     * The "I have written it down" step: done when ticked (the code is not shown again), else the code again; the RSVP
     * with its address either way.
     */
    private void saved() {
        code = Typed.cut(request.getParameter("code"), MAX_CODE);
        if (request.getParameter("saved") != null) {
            state = State.DONE;
        } else {
            state = State.RECEIPT;
            error = messages.get("ask.receipt.message.confirm");
            errorField = "saved";
        }
        try {
            shown = mine().orElse(null);
        } catch (MeetupException limited) {
            shown = null;
        }
    }

    /** The calendar file of an RSVP the code holds: the public area, or the address when the box was ticked. */
    private void calendar() {
        code = Typed.cut(request.getParameter("code"), MAX_CODE);
        try {
            Optional<MeetupInboxBacking.Shown> found = mine();
            if (found.isEmpty() || !found.get().calendar()) {
                error = problem(found.isEmpty() ? MeetupException.Problem.CODE : closed(found.get()));
                return;
            }
            Meetups.Mine mine = found.get().mine();
            boolean address = request.getParameter("address") != null && mine.address() != null;
            byte[] body = MeetupCalendar.one(messages.get("meetup.calendar.title"), mine.start(), mine.end(),
                    address ? mine.address() : found.get().where()).getBytes(StandardCharsets.UTF_8);
            FacesContext context = FacesContext.getCurrentInstance();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/calendar; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"calendar.ics\"");
            response.setContentLength(body.length);
            try {
                response.getOutputStream().write(body);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            context.responseComplete();
        } catch (MeetupException refused) {
            error = problem(refused.getProblem());
        }
    }

    /** "I can't come after all": asked once more on a step of its own, then done and back to the inbox. */
    private void leave() {
        code = Typed.cut(request.getParameter("code"), MAX_CODE);
        Client client = clients.of(request);
        try {
            shown = mine().orElse(null);
            if (shown == null) {
                error = problem(MeetupException.Problem.CODE);
                return;
            }
            if (!shown.leave()) {
                error = problem(closed(shown));
                return;
            }
            if (!"yes".equals(request.getParameter("confirm"))) {
                state = State.LEAVE;
                return;
            }
            meetups.leave(client, code, shown.mine().id());
            if (!views.seeInbox(messages.getLang(), code, false, "meetup.message.left", null)) {
                // the store of views is full: the inbox without the view (the code is typed again)
                seeOther(request.getContextPath() + "/" + messages.getLang() + "/inbox");
            }
        } catch (MeetupException refused) {
            error = problem(refused.getProblem());
        }
    }

    /** The RSVP named by the posted {@code rsvp} among those the posted code holds. */
    private Optional<MeetupInboxBacking.Shown> mine() {
        Optional<Long> id = MeetupTexts.id(request.getParameter("rsvp"));
        if (id.isEmpty() || code.isBlank()) {
            return Optional.empty();
        }
        List<Meetups.Mine> all = meetups.mine(clients.of(request), code, messages.getLang()).orElse(List.of());
        return all.stream().filter(mine -> mine.id() == id.get()).findFirst()
                .map(mine -> MeetupInboxBacking.shown(messages, mine, clock.instant()));
    }

    /** Why nothing can be done any more with an RSVP: left, cancelled, or begun. */
    private static MeetupException.Problem closed(MeetupInboxBacking.Shown shown) {
        if (shown.mine().status() == RsvpStatus.LEFT) {
            return MeetupException.Problem.LEFT;
        }
        return shown.mine().cancelled() ? MeetupException.Problem.CANCELLED : MeetupException.Problem.PAST;
    }

    private String problem(MeetupException.Problem problem) {
        return messages.get("MeetupException.Problem." + problem.name());
    }

    private void seeOther(String location) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        context.responseComplete();
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    /** The field the error is about ({@code nickname}, {@code mail}, {@code earlier}, {@code saved}), or null. */
    public String getErrorField() {
        return errorField;
    }

    /** The meetup as listed now (null when there is none). */
    public MeetupTexts.Row getRow() {
        return row;
    }

    /** Whether the "I'll come" form can be sent: the meetup takes people and the portal can keep a nickname. */
    public boolean isOpen() {
        return row != null && row.isOpen() && meetups.isOpen();
    }

    /** Whether one can say "I'll come" on this page at all now (false: the organisation's key is not set up yet). */
    public boolean isAvailable() {
        return meetups.isOpen();
    }

    /** The meetup's id for the form: the one shown, else the one posted (kept as typed after a refusal). */
    public String getMeetupId() {
        return row != null ? String.valueOf(row.listing().id()) : Typed.cut(request.getParameter("id"), 18);
    }

    public String getFormToken() {
        return formToken;
    }

    /** The receipt code (a new one to show once, or the earlier code the RSVP joined, or the code posted). */
    public String getCode() {
        return code;
    }

    /** The RSVP as its person sees it (after "I'll come", or on the leave step). */
    public MeetupInboxBacking.Shown getShown() {
        return shown;
    }

    /** Whether the page answers a post (what was typed is given back). */
    public boolean isPosted() {
        return posted;
    }

    /** What was typed, given back after a refusal: never more than twice what the field takes. */
    public String typed(String field) {
        String value = posted && (state == State.SHOW || state == State.NOTHING) ? request.getParameter(field) : null;
        return Typed.cut(value, switch (field) {
            case "nickname" -> 2 * Meetups.MAX_NICKNAME;
            case "mail" -> Meetups.MAX_MAIL;
            default -> MAX_CODE;
        });
    }

    public int getMaxNickname() {
        return Meetups.MAX_NICKNAME;
    }

    public int getMaxMail() {
        return Meetups.MAX_MAIL;
    }

    public int getMaxCode() {
        return MAX_CODE;
    }
}
