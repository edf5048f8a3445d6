/** The information facade: what public pages show about Xenia. */
package nl.xenia.portal.info.boundary;
