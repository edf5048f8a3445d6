/** The office's appointment pages: places, services and their hours, cancellation reasons, the calendar. */
package nl.xenia.portal.appointments.view.office;
