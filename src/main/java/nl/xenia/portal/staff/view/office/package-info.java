/** The office's sign-in pages and dashboard (PrimeFaces, nl and en), and the signed-in session. */
package nl.xenia.portal.staff.view.office;
