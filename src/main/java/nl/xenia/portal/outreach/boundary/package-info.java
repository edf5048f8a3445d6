/**
 * The outreach facade for the office (STAFF, ADMIN): what can be printed, for which languages and versions, and the
 * downloads themselves (a PDF to print, a QR code as PNG or SVG), named without personal data.
 */
package nl.xenia.portal.outreach.boundary;
