/** The sounding board's members: invitations, pseudonym accounts, their sign-in and session, leaving. */
package nl.xenia.portal.members;
