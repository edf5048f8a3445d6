/** Backing beans of the public information pages, the home page first. */
package nl.xenia.portal.info.view;
