/** Faces beans of the office's members page: invitations and the list of pseudonyms. */
package nl.xenia.portal.members.view.office;
