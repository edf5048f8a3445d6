package nl.xenia.portal.staff.boundary;

/**
 * After the password, before the second step: who it is, the key derived from the password (held only
 * during the sign-in) and this sign-in's own random id, by which its second-step attempts are counted.
 */
public record PasswordAccepted(long staffId, String username, boolean secondFactorEnrolled, byte[] key,
        String attempt) {
}
