/**
 * What monitoring asks of the components ({@link MonitoringSource}: a component's counts for a {@link Period} as
 * {@link FigureSection}s of {@link FigureTable}s and {@link Statistic}s) and its facade for the office
 * ({@link Monitoring}), which publishes them suppressed ({@link PublishedTable}).
 */
package nl.xenia.portal.monitoring.boundary;
