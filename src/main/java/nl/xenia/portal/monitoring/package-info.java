/**
 * Monitoring for the municipalities: yearly and quarterly figures from what the components count (never from
 * content), with small cells suppressed so no one can be singled out, shown as charts and tables and exported as CSV
 * and PDF.
 */
package nl.xenia.portal.monitoring;
