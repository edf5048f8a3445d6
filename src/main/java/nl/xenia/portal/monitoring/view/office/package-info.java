/** The office's monitoring page: figures of a year or quarter as charts and tables, with the CSV and PDF downloads. */
package nl.xenia.portal.monitoring.view.office;
