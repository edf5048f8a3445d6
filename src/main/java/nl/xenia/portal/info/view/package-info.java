/**
 * Backing beans and page components of the public information pages: the home page, the topic tiles, one page and
 * search, cleaned HTML and inline pictograms.
 */
package nl.xenia.portal.info.view;
