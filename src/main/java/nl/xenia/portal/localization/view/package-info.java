/**
 * What pages need to speak the reader's language: the msg bundle bean, language-prefixed URLs written by Faces,
 * hreflang links, and the translated error and not-found pages.
 */
package nl.xenia.portal.localization.view;
