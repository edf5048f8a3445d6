/**
 * Question rules outside the facades: the first-answer target in working days, and removal of threads (on request or
 * by retention) that leaves only a count.
 */
package nl.xenia.portal.questions.control;
