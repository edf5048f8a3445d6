package nl.xenia.portal.notification.boundary;

import java.util.List;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.boundary.Translated;

/**
 * A mail the portal sends, by name; its subject and body are bundle texts ({@code mail.<name>.subject/body},
 * for mail to staff in the office languages only {@code office.mail.<name>.subject/body}). None carries
 * content: only that there is something, and a link. Each component declares its own templates as
 * constants in its boundary ({@code QuestionAlerts.NEW_QUESTION}); the bundle test finds them all.
 */
public record MailTemplate(String name, boolean toStaff) implements Translated {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** There is something new for a reader (an answer, a change): a link, nothing else. Argument: link. */
    public static final MailTemplate SOMETHING_NEW = toReaders("something_new");

    /** @param name lower case words joined by underscores */
    public MailTemplate {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a mail template is named in lower case words joined by underscores");
        }
    }

    /** A mail to readers or to someone invited, in any of the portal's languages. */
    public static MailTemplate toReaders(String name) {
        return new MailTemplate(name, false);
    }

    /** A mail to staff, in the office languages only. */
    public static MailTemplate toStaff(String name) {
        return new MailTemplate(name, true);
    }

    public String subjectKey() {
        return prefix() + ".subject";
    }

    public String bodyKey() {
        return prefix() + ".body";
    }

    private String prefix() {
        return (toStaff ? "office.mail." : "mail.") + name;
    }

    @Override
    public List<String> bundleKeys() {
        return List.of(subjectKey(), bodyKey());
    }
}
