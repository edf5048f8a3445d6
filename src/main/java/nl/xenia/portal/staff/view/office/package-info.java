/**
 * The office's staff pages (PrimeFaces, nl and en): setup, sign-in, second step, activation, password, staff and
 * members, audit log and dashboard, the signed-in session, and what office beans share.
 */
package nl.xenia.portal.staff.view.office;
