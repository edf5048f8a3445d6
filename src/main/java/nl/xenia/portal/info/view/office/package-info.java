/** The office's information screens: the translation overview, the page editor, and the municipalities. */
package nl.xenia.portal.info.view.office;
