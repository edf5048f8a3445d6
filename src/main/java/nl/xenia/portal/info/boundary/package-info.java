/**
 * The information facades: pages and opening hours as readers see them, the office's editing of pages, translations
 * and municipalities, the JSON API of pages and municipalities, and the portal's pictograms (for other components to
 * draw too).
 */
package nl.xenia.portal.info.boundary;
