package nl.xenia.portal.notification.entity;

import java.util.Locale;

/** The mails the portal sends. None carries content: only that there is something, and a link. */
public enum MailTemplate {

    /** A staff member is invited: where to activate, the one-time code and until when. Arguments: link, code, until. */
    STAFF_INVITATION("mail."),
    /** There is something new (an answer, a change): a link, nothing else. Argument: link. */
    SOMETHING_NEW("mail."),
    /** For staff who asked for it (office languages only): a question came in. A link to the office inbox, nothing else. Argument: link. */
    NEW_QUESTION("office.mail.");

    /** Where the texts are: mail to staff in the office languages only (nl, en) are office keys. */
    private final String prefix;

    MailTemplate(String prefix) {
        this.prefix = prefix;
    }

    public String subjectKey() {
        return prefix + name().toLowerCase(Locale.ROOT) + ".subject";
    }

    public String bodyKey() {
        return prefix + name().toLowerCase(Locale.ROOT) + ".body";
    }
}
