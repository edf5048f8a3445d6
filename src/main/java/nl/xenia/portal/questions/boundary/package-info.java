/**
 * The questions facades: asking, reading, replying and deleting with a receipt code; the staff inbox, canned replies
 * and alerts; the dashboard counts and the QuestionReceived event.
 */
package nl.xenia.portal.questions.boundary;
