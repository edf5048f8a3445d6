/**
 * Building blocks of the information pages: staff Markdown to safe HTML, accent- and case-forgiving search, and the
 * topic pictograms.
 */
package nl.xenia.portal.info.control;
