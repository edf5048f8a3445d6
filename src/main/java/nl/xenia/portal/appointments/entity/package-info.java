/**
 * Places, services (texts per language), weekly hours and one-off changes, cancellation reasons, appointments (found by
 * their code's keyed hash, what the person wrote sealed) and the counts kept of deleted appointments.
 */
package nl.xenia.portal.appointments.entity;
