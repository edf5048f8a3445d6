/** Procedures of the members' accounts too big for an entity. */
package nl.xenia.portal.members.control;
