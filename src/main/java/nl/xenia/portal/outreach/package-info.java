/**
 * Outreach material: printable cards and flyers per language, in a standard and a neutral version, with a QR code to
 * the portal's home in that language, and the QR codes alone (PNG, SVG) for advertising sites.
 */
package nl.xenia.portal.outreach;
