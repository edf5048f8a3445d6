/**
 * Staff procedures too big for an entity: TOTP codes, the password policy, throttles on sign-in and second steps, and
 * audit retention.
 */
package nl.xenia.portal.staff.control;
