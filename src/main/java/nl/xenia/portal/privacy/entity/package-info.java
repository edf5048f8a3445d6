/**
 * The organisation's key generations, each holder's key pair and wrapped keyset, the installation's own keys, and the
 * claims of scheduled jobs.
 */
package nl.xenia.portal.privacy.entity;
