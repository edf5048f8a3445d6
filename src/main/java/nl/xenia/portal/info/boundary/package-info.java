/**
 * The information facades: pages and opening hours as readers see them, the office's editing of pages, translations
 * and municipalities, and the JSON API of pages and municipalities.
 */
package nl.xenia.portal.info.boundary;
