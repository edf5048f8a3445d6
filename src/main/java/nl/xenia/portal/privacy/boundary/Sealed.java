package nl.xenia.portal.privacy.boundary;

/**
 * A sealed item as it is stored: the text under its own data key, that data key sealed to the
 * organisation, and maybe once more under one extra key (e.g. derived from the person's receipt code).
 */
public record Sealed(byte[] ciphertext, byte[] forOrganisation, byte[] forExtraKey) {
}
