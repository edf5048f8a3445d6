/** The web entry points of privacy: security headers on every response and quick exit. */
package nl.xenia.portal.privacy.boundary;
