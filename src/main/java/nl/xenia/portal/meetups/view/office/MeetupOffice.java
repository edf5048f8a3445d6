package nl.xenia.portal.meetups.view.office;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.staff.view.office.OfficePages;

/** What the meetups' office beans share: a refusal in words, which form was posted, a number from the request, when. */
final class MeetupOffice {

    private MeetupOffice() {
    }

    /** The refusal's label ({@code MeetupException.Problem.NAME}) above the form. */
    static void refused(Messages messages, MeetupException refused) {
        OfficePages.error(messages, "MeetupException.Problem." + refused.getProblem().name());
    }

    /** The refusal naming the field it is about: "Public area: Fill in the public area …". */
    static void refused(Messages messages, MeetupException refused, String fieldLabel) {
        if (fieldLabel == null) {
            refused(messages, refused);
            return;
        }
        OfficePages.errorText(messages.format("office.meetup.message.refused", "field", fieldLabel, "problem",
                messages.get("MeetupException.Problem." + refused.getProblem().name())));
    }

    /** A message above the form, already in words (a pattern with its arguments filled in). */
    static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Whether this request posts the form with this id (its fields then hold what was typed). */
    static boolean posted(String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> form = context.getExternalContext().getRequestParameterMap();
        // MyFaces marks the posted form with {id}_SUBMIT, the specification's renderers with {id}
        return context.isPostback() && (form.containsKey(formId + "_SUBMIT") || form.containsKey(formId));
    }

    /** A number from the request (the address on a GET, a hidden field on a post), or null. */
    static Long number(String name) {
        return parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name));
    }

    /** A number as typed, or null when it is none. */
    static Long parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whether the request names an item by something that is no number ({@code ?id=abc}): a page answers 404. */
    static boolean forged(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value != null && !value.isBlank() && parse(value) == null;
    }

    /** Day and time, start to end, the office's way ("di 2 jun. 19:00–21:00"). */
    static String when(String language, Instant start, Instant end) {
        return Languages.date(language, start) + " " + Languages.time(language, start) + "–"
                + Languages.time(language, end);
    }

    /** Where an occurrence stands: cancelled, begun (with how many came), full, planned. */
    static String status(Messages messages, MeetupPlanning.Entry entry, Instant now) {
        if (entry.cancelled()) {
            return messages.get("office.meetups.status.cancelled");
        }
        if (!entry.start().isAfter(now)) {
            return entry.came() == null
                    ? messages.get("office.meetups.status.notCounted")
                    : messages.format("office.meetups.status.came", "count", entry.came());
        }
        return messages.get(entry.isFull() ? "office.meetups.status.full" : "office.meetups.status.planned");
    }

    /** The public area, marked as online when it is and does not say so itself. */
    static String area(Messages messages, MeetupPlanning.Entry entry) {
        return entry.online() && !entry.area().toLowerCase(java.util.Locale.ROOT).contains("online")
                ? messages.format("office.meetups.online", "area", entry.area())
                : entry.area();
    }

    /** The host's name and who hosts: "Ana (lotgenoten)". */
    static String host(Messages messages, MeetupPlanning.Entry entry) {
        return messages.format("office.meetups.host", "name", entry.hostName(), "kind",
                messages.get("office.meetups.hostKind." + entry.hostKind().name()));
    }

    /** Language names in the office's language, as a list reads ("Spaans en Nederlands"). */
    static String languageNames(Collection<String> codes, String language) {
        return list(codes.stream().map(code -> Languages.name(code, language)).toList(), language);
    }

    /** Items joined as the language joins a list ("a, b en c"). */
    static String list(List<String> items, String language) {
        return ListFormatter.getInstance(ULocale.forLanguageTag(language)).format(items);
    }
}
