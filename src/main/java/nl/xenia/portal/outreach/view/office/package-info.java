/** The office's outreach page: choose languages, versions and cards or flyers, download the PDF and the QR codes. */
package nl.xenia.portal.outreach.view.office;
