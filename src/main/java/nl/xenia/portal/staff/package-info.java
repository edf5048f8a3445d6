/**
 * Staff of Xenia: the first admin from the bootstrap token, accounts with roles and a second factor, signing in to the
 * office, the office guard and dashboard, and the audit log.
 */
package nl.xenia.portal.staff;
