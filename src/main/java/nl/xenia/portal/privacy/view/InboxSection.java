package nl.xenia.portal.privacy.view;

/**
 * A part of the inbox ({@code /{lang}/inbox}) that a component adds: what a receipt code holds of that component
 * (a question thread, appointments). A section is a Facelets fragment that reads the opened code from
 * {@link OpenedCode} and asks its own component's facade; sections are found at start (CDI beans), no list names them.
 */
public interface InboxSection {

    /** The fragment's path in the web application, e.g. {@code /WEB-INF/inbox/appointments.xhtml}. */
    String fragment();

    /** Where it comes among the sections (lower first). */
    int order();
}
