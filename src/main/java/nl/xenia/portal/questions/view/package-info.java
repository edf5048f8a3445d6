/** The public ask and inbox pages (plain POST forms: nothing in an address, no cookie). */
package nl.xenia.portal.questions.view;
