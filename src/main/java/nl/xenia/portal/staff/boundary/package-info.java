/**
 * The office's host: one facade a job (StaffOnboarding, SignIn, StaffAdministration, StaffDirectory, MyAccount), the
 * audit log and its actions, the office's router and guard with the registry of the pages every component contributes
 * (OfficePage, OfficeContribution), role checks, the dashboard's waiting work, and the StaffDeactivated event.
 */
package nl.xenia.portal.staff.boundary;
