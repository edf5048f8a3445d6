/** The office's question inbox: the list of threads and one thread with answer, note and status. */
package nl.xenia.portal.questions.view.office;
