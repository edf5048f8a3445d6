/** Consultations of the sounding board: questions, anonymous or pseudonymous answers, sessions, results and outcomes. */
package nl.xenia.portal.consultations;
