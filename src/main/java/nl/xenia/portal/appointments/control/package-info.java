/** Procedures of appointments too big for an entity: free times from hours and bookings, Dutch public holidays. */
package nl.xenia.portal.appointments.control;
