/**
 * The web entry points of privacy: security headers on every response, request size and readability
 * limits, who a client is (trusted proxies only), the in-memory limits on guessing and on actions,
 * and quick exit.
 */
package nl.xenia.portal.privacy.boundary;
