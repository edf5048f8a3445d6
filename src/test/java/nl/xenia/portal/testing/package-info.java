/** What the integration tests share: talking HTTP to the running portal and walking its public pages. */
package nl.xenia.portal.testing;
