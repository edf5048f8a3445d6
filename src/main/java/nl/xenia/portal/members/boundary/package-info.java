/** The members' facades, guard and session, and what other components may ask of members (MemberDirectory). */
package nl.xenia.portal.members.boundary;
