/** The outbox mail and the mail templates (their texts are in the bundles: mail.<template>.subject/body). */
package nl.xenia.portal.notification.entity;
