package nl.xenia.portal.appointments.view.office;

import jakarta.faces.context.FacesContext;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficePages;

/** What the planning's office beans share: a refusal in words, which form was posted, a weekday's name. */
final class PlanningOffice {

    private PlanningOffice() {
    }

    /** The refusal's label (AppointmentException.Problem.NAME) above the form. */
    static void refused(Messages messages, AppointmentException refused) {
        OfficePages.error(messages, "AppointmentException.Problem." + refused.getProblem().name());
    }

    /** Whether this request posts the form with this id (its fields then hold what was typed). */
    static boolean posted(String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> form = context.getExternalContext().getRequestParameterMap();
        // MyFaces marks the posted form with {id}_SUBMIT, the specification's renderers with {id}
        return context.isPostback() && (form.containsKey(formId + "_SUBMIT") || form.containsKey(formId));
    }

    /**
     * A number from the request (the address on a GET, a hidden field on a post), or null: what a page's forms need
     * before the view action runs (while Faces decodes and validates them), e.g. the item they belong to.
     */
    static Long number(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A weekday in the office's language ("maandag"). */
    static String dayName(DayOfWeek day, String language) {
        return day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
    }
}
