/**
 * Meetups (one occurrence each, texts per language, the address encrypted), series that group them, reasons for a
 * cancellation or a move, the notices shown to those who come, RSVPs (found by their code's keyed hash, the nickname
 * sealed) and the counts kept of deleted occurrences.
 */
package nl.xenia.portal.meetups.entity;
