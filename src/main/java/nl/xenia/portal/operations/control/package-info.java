/**
 * What keeps the running portal in shape: Flyway migration at start (and its event), the replaceable clock, and the
 * captured response the page cache keeps.
 */
package nl.xenia.portal.operations.control;
