/**
 * Procedures behind the privacy guarantees: secret codes, the inline page assets, client addresses
 * and trusted proxies, strict form reading, and the in-memory throttles keyed by a daily HMAC.
 */
package nl.xenia.portal.privacy.control;
