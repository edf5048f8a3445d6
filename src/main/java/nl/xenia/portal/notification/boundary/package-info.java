/** The notification facade: queue a mail from a template in the reader's language. */
package nl.xenia.portal.notification.boundary;
