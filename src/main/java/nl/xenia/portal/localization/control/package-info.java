/** Bundle loading and ICU formatting, and the choice of a language from a request. */
package nl.xenia.portal.localization.control;
