/** Persistence plumbing shared by every component's entities: instants stored in UTC. */
package nl.xenia.portal.operations.entity;
