/**
 * Staff procedures too big for an entity: TOTP codes, the password policy, and the throttles on sign-in and second
 * steps.
 */
package nl.xenia.portal.staff.control;
