/**
 * Building blocks of the information pages: staff Markdown to safe HTML and accent- and case-forgiving search.
 */
package nl.xenia.portal.info.control;
