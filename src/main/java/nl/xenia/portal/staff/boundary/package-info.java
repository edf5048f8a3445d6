/** The staff facade: issuing and redeeming the one-time bootstrap token. */
package nl.xenia.portal.staff.boundary;
