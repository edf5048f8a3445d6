/**
 * The office's information screens (views in office/info/): the translation overview, the page editor, and the
 * municipalities; InfoOfficePages contributes them to the office.
 */
package nl.xenia.portal.info.view.office;
