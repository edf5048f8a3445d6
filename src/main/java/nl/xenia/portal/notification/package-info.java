/**
 * Notifications: mail through an outbox, queued in the transaction of the change that causes it and delivered by a
 * scheduled sender with retries. Mail never carries content, only that there is something new.
 */
package nl.xenia.portal.notification;
