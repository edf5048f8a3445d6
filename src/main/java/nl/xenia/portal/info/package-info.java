/** Information for sex workers: for now Xenia's opening hours on the home page. */
package nl.xenia.portal.info;
