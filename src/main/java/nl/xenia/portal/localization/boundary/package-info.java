/**
 * The supported languages, the routing of /{lang}/… URLs to public pages and the form of office addresses
 * (/office/{lang}/…), the language of a request, the languages API, and Translated values that name their own
 * bundle keys.
 */
package nl.xenia.portal.localization.boundary;
