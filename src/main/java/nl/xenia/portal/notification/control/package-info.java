/** The outbox key: seals a queued mail's recipient and body, outside the database. */
package nl.xenia.portal.notification.control;
