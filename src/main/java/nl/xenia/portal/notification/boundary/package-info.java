/** The notification facade: queue a mail from a template in the reader's language, with recipient and body sealed. */
package nl.xenia.portal.notification.boundary;
