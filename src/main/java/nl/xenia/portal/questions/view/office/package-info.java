/**
 * The office's question screens (views in office/questions/): the inbox list and one thread, canned replies, and
 * alerts of new questions; QuestionOfficePages contributes them to the office.
 */
package nl.xenia.portal.questions.view.office;
