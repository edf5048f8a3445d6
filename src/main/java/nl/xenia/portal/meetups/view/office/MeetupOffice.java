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
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Day and time, start to end, the office's way ("di 2 jun. 19:00–21:00"). */
    static String when(String language, Instant start, Instant end) {
        return Languages.date(language, start) + " " + Languages.time(language, start) + "–"
                + Languages.time(language, end);
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
