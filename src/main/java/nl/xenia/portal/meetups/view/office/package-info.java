/** The office's meetup pages: the list, one occurrence or series, the check-in list, the reasons. */
package nl.xenia.portal.meetups.view.office;
