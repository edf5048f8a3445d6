package nl.xenia.portal.meetups.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.Meetups;

/**
 * {@code /{lang}/meetups}: the meetups to come, soonest first, {@value #PAGE} at a time ({@code ?page=2} for the next),
 * each with what, when, the public area, who hosts, the languages spoken and the places left; cancelled ones marked
 * with the reason. Never who comes, never the address. No cookie, no script.
 */
@Named("meetupsPage")
@RequestScoped
public class MeetupsBacking {

    /** How many meetups one page lists. */
    static final int PAGE = 20;

    @Inject
    Meetups meetups;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    private List<MeetupTexts.Row> rows;
    private int page = 1;
    private int total;

    /** The view action: the page asked for (the first for anything that is not a page number). */
    public void handle() {
        page = MeetupTexts.id(request.getParameter("page")).filter(number -> number >= 1 && number <= 1000)
                .map(Long::intValue).orElse(1);
        Instant now = clock.instant();
        List<Meetups.Listing> upcoming = meetups.upcoming(messages.getLang());
        total = upcoming.size();
        int from = Math.min((page - 1) * PAGE, total);
        rows = upcoming.subList(from, Math.min(from + PAGE, total)).stream()
                .map(listing -> MeetupTexts.row(messages, listing, now)).toList();
    }

    public List<MeetupTexts.Row> getRows() {
        return rows;
    }

    /** The address of the previous page, or null on the first. */
    public String getPrevious() {
        return page <= 1 ? null : href(page - 1);
    }

    /** The address of the next page, or null when there are no more meetups. */
    public String getNext() {
        return page * PAGE >= total ? null : href(page + 1);
    }

    /** The address of one meetup's page. */
    public String meetup(long id) {
        return request.getContextPath() + "/" + messages.getLang() + "/meetup?id=" + id;
    }

    private String href(int number) {
        return request.getContextPath() + "/" + messages.getLang() + "/meetups"
                + (number == 1 ? "" : "?page=" + number);
    }
}
