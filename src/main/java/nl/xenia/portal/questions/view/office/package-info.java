/** The office's question screens: the inbox list and one thread, canned replies, and alerts of new questions. */
package nl.xenia.portal.questions.view.office;
