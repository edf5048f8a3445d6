package nl.xenia.portal.appointments.view;

import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.localization.view.Messages;

/** What the public appointment pages say the same way: where a place is. */
public final class AppointmentTexts {

    private AppointmentTexts() {
    }

    /** The town of a place one goes to, otherwise its kind in the reader's language ("by phone"). */
    static String where(Messages messages, PlaceKind kind, String town) {
        return kind.hasTown() && town != null && !town.isBlank() ? town : messages.get("PlaceKind." + kind.name());
    }
}
