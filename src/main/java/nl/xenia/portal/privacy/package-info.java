/**
 * Privacy by construction: response headers, quick exit, codes from a secure random source, and
 * later the receipts, encryption, retention and abuse limits.
 */
package nl.xenia.portal.privacy;
