/** Persistence plumbing shared by every component's entities. */
package nl.xenia.portal.operations.entity;
