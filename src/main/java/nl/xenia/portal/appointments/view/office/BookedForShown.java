package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The code of the last booking made on behalf of someone in this office session, carried across the redirect to the
 * page that shows it until the member says it was written down or handed over: in memory only (transient, never
 * written with the session), never in an address or a log. Gone at sign-out, at the confirmation, or when another
 * booking is made.
 */
@SessionScoped
public class BookedForShown implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the receipt shows: the code, and when and where (the public's words for the place). */
    public record Receipt(long appointmentId, String code, String day, String time, String where) {
    }

    private transient Receipt receipt;

    void keep(Receipt made) {
        receipt = made;
    }

    /** The receipt of this appointment, while it is shown. */
    Optional<Receipt> of(long appointmentId) {
        Receipt kept = receipt;
        return kept != null && kept.appointmentId() == appointmentId ? Optional.of(kept) : Optional.empty();
    }

    void forget() {
        receipt = null;
    }
}
