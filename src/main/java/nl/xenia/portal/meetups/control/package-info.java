/**
 * The dates of a series, the claim of a place (or of a turn on the waiting list) under the meetup's lock, and meetups
 * as calendar files.
 */
package nl.xenia.portal.meetups.control;
