/**
 * Procedures of appointments too big for an entity: free times from hours, changes, holidays and bookings; Dutch
 * public holidays; claiming a seat of a time.
 */
package nl.xenia.portal.appointments.control;
