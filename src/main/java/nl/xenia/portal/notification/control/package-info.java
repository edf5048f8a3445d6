/**
 * Delivering the outbox: the key that seals it, claiming due mail across servers, sending over SMTP, retrying with
 * backoff, purging.
 */
package nl.xenia.portal.notification.control;
