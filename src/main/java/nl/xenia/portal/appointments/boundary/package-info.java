/**
 * The appointments' facades: {@code Appointments} for the person (book, read, move, cancel with a code),
 * {@code AppointmentPlanning} for staff planning places, services and hours, {@code AppointmentDesk} for the calendar;
 * their events, retention and the API.
 */
package nl.xenia.portal.appointments.boundary;
