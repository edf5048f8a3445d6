/** The public appointment pages: services, a free time a week at a time, the booking form and its receipt. */
package nl.xenia.portal.appointments.view;
