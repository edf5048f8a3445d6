/** How monitoring suppresses small cells, and writes its reports as CSV and PDF. */
package nl.xenia.portal.monitoring.control;
