/** Member accounts, invitations and member sessions. */
package nl.xenia.portal.members.entity;
