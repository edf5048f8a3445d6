package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an office action said, kept in the member's session from the action's post to the page its redirect
 * shows (post → redirect → get; Faces' flash scope stays off: it would set a cookie). Holds the messages in
 * words until that page shows them, and the view states of forms whose action has run, so that the same form
 * posted again (a double click, a resubmitted page) is recognised and ignored ({@link PostRedirectGet}).
 * Never anything typed: a message is a sentence from the bundle with, at most, a number or a name filled in.
 */
@SessionScoped
public class OfficeNotices implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many spent forms are remembered (a member does not keep more pages open than this). */
    private static final int SPENT_KEPT = 64;

    /** One message: its severity (as Faces numbers them) and its text. */
    record Notice(int severity, String text) implements Serializable {

        static Notice of(FacesMessage message) {
            return new Notice(message.getSeverity().getOrdinal(), message.getSummary());
        }

        /** The message again, for the page that shows it. */
        FacesMessage message() {
            return new FacesMessage(FacesMessage.VALUES.get(severity), text, null);
        }
    }

    private final List<Notice> waiting = new ArrayList<>();
    private final Map<String, String> spent = new LinkedHashMap<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SPENT_KEPT;
        }
    };

    /** Keeps messages for the next page shown. */
    synchronized void keep(List<FacesMessage> messages) {
        messages.stream().map(Notice::of).filter(notice -> !waiting.contains(notice)).forEach(waiting::add);
    }

    /** The messages kept for this page, which are then forgotten. */
    synchronized List<Notice> take() {
        List<Notice> taken = List.copyOf(waiting);
        waiting.clear();
        return taken;
    }

    /** Remembers that the form with this view state did its work, and where its redirect went. */
    synchronized void spent(String viewState, String location) {
        if (viewState != null && !viewState.isEmpty()) {
            spent.put(viewState, location);
        }
    }

    /** Where the redirect of a form with this view state went, if its action has already run. */
    synchronized String spentTo(String viewState) {
        return viewState == null ? null : spent.get(viewState);
    }
}
