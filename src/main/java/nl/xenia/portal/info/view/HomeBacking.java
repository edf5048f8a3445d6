package nl.xenia.portal.info.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.info.boundary.Info;
import nl.xenia.portal.localization.view.Messages;

/**
 * The home page: the reader's main actions (first on the page, as large buttons) and Xenia's opening hours in
 * the reader's language.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Info info;

    @Inject
    Messages messages;

    /**
     * The main actions on the first screen, in order: a new public feature (appointments, meetups) joins here.
     * Each opens {@code /{lang}/{page}}, drawn with its pictogram and labelled by its bundle key.
     */
    static final List<Action> ACTIONS = List.of(new Action("ask", "ask", "ask", "home.action.ask"),
            new Action("appointments", "appointments", "calendar", "home.action.appointments"),
            new Action("meetups", "meetups", "people", "home.action.meetups"),
            new Action("inbox", "inbox", "code", "home.action.inbox"),
            new Action("info", "info", "page", "home.action.info"));

    /** One main action of the home page: an id for tests, the page it opens, its pictogram and label key. */
    public record Action(String id, String page, String pictogram, String labelKey) {
    }

    public List<Action> getActions() {
        return ACTIONS;
    }

    /** One line of the opening hours, ready to show. */
    public record HoursLine(String kind, String day, String from, String until, boolean example) {
    }

    public List<HoursLine> getOpeningHours() {
        Locale locale = Locale.forLanguageTag(messages.getLang());
        return info.openingHours().stream()
                .map(hour -> new HoursLine(messages.get("OpeningHour.Kind." + hour.kind().name()),
                        // as the language writes it after a colon: lower case in nl, ro, bg and es
                        hour.day().getDisplayName(TextStyle.FULL, locale),
                        TIME.format(hour.opens()), TIME.format(hour.closes()), hour.example()))
                .toList();
    }

    public boolean isExampleHours() {
        return info.openingHours().stream().anyMatch(Info.Hours::example);
    }
}
