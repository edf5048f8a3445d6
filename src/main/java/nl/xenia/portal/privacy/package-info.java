/**
 * Privacy by construction: security headers and request limits, quick exit, who a client is, limits on guessing and on
 * actions, secret codes and receipts, sealing with the organisation's key, and retention.
 */
package nl.xenia.portal.privacy;
