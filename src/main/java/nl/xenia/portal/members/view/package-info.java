/** Faces beans of the members' own pages (join, sign in, second step, account) and the signed-in member of a request. */
package nl.xenia.portal.members.view;
