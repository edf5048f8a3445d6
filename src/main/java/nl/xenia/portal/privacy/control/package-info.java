/** Procedures behind the privacy guarantees: secret codes and the inline page assets. */
package nl.xenia.portal.privacy.control;
