/**
 * Languages: which ones the portal speaks, the language in every URL, and the bundles that hold every user-visible
 * string (ICU message patterns).
 */
package nl.xenia.portal.localization;
