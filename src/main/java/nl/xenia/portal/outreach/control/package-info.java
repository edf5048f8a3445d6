/**
 * Drawing the material: QR codes (ZXing) as modules, PNG and SVG; the texts of one card or flyer; the card sheet
 * (10 credit-card-sized cards per A4 with crop marks) and the flyer sheet (4 A6 per A4) as PDF (OpenPDF, embedded
 * DejaVu fonts, pictograms and QR drawn as vectors).
 */
package nl.xenia.portal.outreach.control;
