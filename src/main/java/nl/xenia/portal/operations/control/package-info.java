/** Procedures that keep the running portal in shape: the database schema. */
package nl.xenia.portal.operations.control;
