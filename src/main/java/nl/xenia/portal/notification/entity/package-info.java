/** The outbox mail (recipient and body sealed) and the mail templates, whose texts are in the bundles. */
package nl.xenia.portal.notification.entity;
