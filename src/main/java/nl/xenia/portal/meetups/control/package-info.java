/** The dates of a series, and the claim of a place (or of a turn on the waiting list) under the meetup's lock. */
package nl.xenia.portal.meetups.control;
