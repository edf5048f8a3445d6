/** Staff procedures too big for an entity: the second factor (TOTP) and its enrolment QR code. */
package nl.xenia.portal.staff.control;
