/** Delivering the outbox: claiming due mail across servers, sending, retrying with backoff, purging. */
package nl.xenia.portal.notification.control;
