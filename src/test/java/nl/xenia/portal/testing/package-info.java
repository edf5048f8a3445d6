/**
 * What the integration tests share: talking HTTP to the running portal and walking its public
 * pages, the office fixture (the first admin and members with both steps, made through the real
 * pages) and office sessions over HTTP or in Chromium, the one archive for in-container tests and
 * their view of the installation, mail in GreenMail, and canary markers and dumps for leak tests.
 */
package nl.xenia.portal.testing;
