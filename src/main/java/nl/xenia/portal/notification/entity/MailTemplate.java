package nl.xenia.portal.notification.entity;

import java.util.Locale;

/** The mails the portal sends. None carries content: only that there is something, and a link. */
public enum MailTemplate {

    /** A staff member is invited: where to activate, the one-time code and until when. Arguments: link, code, until. */
    STAFF_INVITATION,
    /** There is something new (an answer, a change): a link, nothing else. Argument: link. */
    SOMETHING_NEW;

    public String subjectKey() {
        return "mail." + name().toLowerCase(Locale.ROOT) + ".subject";
    }

    public String bodyKey() {
        return "mail." + name().toLowerCase(Locale.ROOT) + ".body";
    }
}
