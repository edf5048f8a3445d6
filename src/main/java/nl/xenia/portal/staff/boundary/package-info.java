/** The staff facades: the one-time bootstrap token and the audit log. */
package nl.xenia.portal.staff.boundary;
