/**
 * Procedures behind the privacy guarantees: password hashing and key derivation, sealing, key pins, keyed hashes,
 * secret and receipt codes, client addresses behind trusted proxies, strict form reading, in-memory throttles under a
 * daily key, job claims and the inline page assets.
 */
package nl.xenia.portal.privacy.control;
