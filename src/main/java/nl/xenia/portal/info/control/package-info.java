/** Information pages' building blocks: Markdown to safe HTML, search, pictograms. */
package nl.xenia.portal.info.control;
