/** The supported languages, the routing of /{lang}/… URLs to pages, and the languages API. */
package nl.xenia.portal.localization.boundary;
