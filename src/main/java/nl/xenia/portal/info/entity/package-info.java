/**
 * Information pages and their translations per language, the municipalities with staff notes per language, and the
 * opening hours.
 */
package nl.xenia.portal.info.entity;
