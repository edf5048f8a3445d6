/**
 * Appointment rules outside the facades: the free times computed from a weekly pattern, one-off changes, Dutch public
 * holidays and the bookings (never stored as rows), and the holidays themselves from a maintained library.
 */
package nl.xenia.portal.appointments.control;
