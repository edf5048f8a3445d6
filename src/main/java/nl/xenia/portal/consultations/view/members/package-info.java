/** Faces beans of the members' consultation pages: the list, answering, sessions, the outcome. */
package nl.xenia.portal.consultations.view.members;
