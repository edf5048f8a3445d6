package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.questions.boundary.QuestionAlerts;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/alerts: a member asks for a mail at every new question (no content) or stops it. The
 * mails come in the language the page was in when saved.
 */
@Named
@RequestScoped
public class AlertsBacking {

    @Inject
    QuestionAlerts alerts;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String address;
    private String current;
    private boolean loaded;

    public void save() {
        try {
            alerts.alertAt(session.getSignedIn(), address, messages.getLang());
            loaded = false;
            OfficePages.info(messages,
                    address == null || address.isBlank() ? "office.alerts.message.off" : "office.alerts.message.on");
        } catch (QuestionException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem.MAIL_INVALID");
        }
    }

    /** The address mails go to now; null when off. */
    public String getCurrent() {
        if (!loaded) {
            current = alerts.alertAddress(session.getSignedIn()).orElse(null);
            loaded = true;
        }
        return current;
    }

    /** What the field shows: what was typed, else the current address. */
    public String getAddress() {
        return address != null ? address : getCurrent();
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
