package nl.xenia.portal.staff.boundary;

import java.util.List;

/**
 * What a component adds to the office: its pages, with their roles and navigation entries. Each component
 * with office pages offers one as an application-scoped bean in its {@code view.office} package; the
 * {@link OfficeRegistry} finds them all at start. Its counts for the dashboard come the same way, from its
 * {@link WaitingWork}.
 */
public interface OfficeContribution {

    /** The component's office pages. */
    List<OfficePage> pages();
}
