/** Procedures of consultations: the close that writes anonymous answers unlinked, results and their suppression. */
package nl.xenia.portal.consultations.control;
