/**
 * Staff accounts with roles and status, recovery codes, the bootstrap token (stored only as a hash), and the audit
 * log's entries and actions.
 */
package nl.xenia.portal.staff.entity;
