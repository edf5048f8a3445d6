package nl.xenia.portal.appointments.view.office;

import jakarta.faces.context.FacesContext;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
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
        return context.isPostback() && context.getExternalContext().getRequestParameterMap().containsKey(formId);
    }

    /** A weekday in the office's language ("maandag"). */
    static String dayName(DayOfWeek day, String language) {
        return day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
    }
}
