/** The questions facade: asking, reading and replying with a receipt code, deleting. */
package nl.xenia.portal.questions.boundary;
