/**
 * Bundle loading and ICU formatting, the choice of a language from Accept-Language, and the mapping between public
 * URLs and Faces views.
 */
package nl.xenia.portal.localization.control;
