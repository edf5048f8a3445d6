/** The office's information screens: pages and translations, the editor, the municipalities. */
package nl.xenia.portal.info.view.office;
