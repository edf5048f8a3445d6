/** The rules of anonymous questions that are not the boundary's: the first-answer target, removal with counts. */
package nl.xenia.portal.questions.control;
