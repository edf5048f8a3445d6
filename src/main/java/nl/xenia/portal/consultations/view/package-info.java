/** Faces beans of the public outcome pages of consultations. */
package nl.xenia.portal.consultations.view;
