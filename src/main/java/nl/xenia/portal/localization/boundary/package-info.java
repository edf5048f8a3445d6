/**
 * The supported languages, the routing of /{lang}/… and /office/{lang}/… URLs to pages, the language of a request, the
 * languages API, and Translated values that name their own bundle keys.
 */
package nl.xenia.portal.localization.boundary;
