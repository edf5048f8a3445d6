package nl.xenia.portal.monitoring.boundary;

/**
 * What a component counts, for the yearly monitoring. A component that counts something offers one as an
 * application-scoped bean in its boundary (CONVENTIONS rule 13: monitoring finds every source at run time, no list
 * names them); it reads only its own count tables and the kinds, languages and dates of what it still holds, never
 * content, and returns raw counts: monitoring suppresses them before anyone sees them.
 */
public interface MonitoringSource {

    /** The component's figures for the period (tables over the period's time columns, its channel per month). */
    FigureSection figures(Period period);
}
