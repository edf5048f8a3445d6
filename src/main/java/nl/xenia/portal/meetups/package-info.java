/**
 * Peer meetups: staff plan one-off or repeating meetups with a public area and an address only for those who come; a
 * person says they come without a name, learns the address then, waits for a freed place, and sees changes with a
 * receipt code (the same code as their questions and appointments).
 */
package nl.xenia.portal.meetups;
