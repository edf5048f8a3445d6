/** Faces beans of the office's consultation pages: writing, sessions, results, outcome, participation record. */
package nl.xenia.portal.consultations.view.office;
