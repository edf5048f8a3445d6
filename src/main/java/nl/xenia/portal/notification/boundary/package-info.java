/**
 * The notification facade: queue a mail from a template in the reader's language, in the caller's
 * transaction; and the scheduled sender that delivers the outbox, each step in a transaction of its own.
 */
package nl.xenia.portal.notification.boundary;
