/**
 * The staff facades: accounts (bootstrap, invitations, sign-in, roles, deactivation), the audit log, the office guard
 * and role checks, the dashboard's waiting work, and the StaffDeactivated event.
 */
package nl.xenia.portal.staff.boundary;
