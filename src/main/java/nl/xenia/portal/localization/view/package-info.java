/** What public pages need to speak the reader's language: messages, links, the language picker. */
package nl.xenia.portal.localization.view;
