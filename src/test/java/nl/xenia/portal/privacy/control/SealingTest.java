package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.Sealed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SealingTest {

    private static final String CANARY = "canary-7f3a: ik wil weten hoe ik mij kan laten testen";
    private static KeysetHandle organisation;
    private static KeysetHandle organisationPublic;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        organisation = Sealing.newOrganisationKey();
        organisationPublic = Sealing.readPublic(Sealing.publicPart(organisation));
    }

    @Test
    void theOrganisationOpensWhatWasSealedWithItsPublicKey() throws GeneralSecurityException {
        Sealed sealed = Sealing.seal(CANARY, "question:1", organisationPublic, Optional.empty());
        assertEquals(CANARY, Sealing.openAsOrganisation(sealed, "question:1", organisation),
                "expected the organisation's private key to open the item");
        for (byte[] part : new byte[][]{sealed.ciphertext(), sealed.forOrganisation()}) {
            assertFalse(new String(part, StandardCharsets.ISO_8859_1).contains("canary"),
                    "expected no plain text in any stored part");
        }
    }

    @Test
    void theExtraKeyOpensItsOwnCopyAndNothingElseDoes() throws GeneralSecurityException {
        byte[] personKey = Sealing.newKey();
        Sealed sealed = Sealing.seal(CANARY, "question:2", organisationPublic, Optional.of(personKey));
        assertEquals(CANARY, Sealing.openWithExtraKey(sealed, "question:2", personKey),
                "expected the person's key to open their copy");
        assertThrows(GeneralSecurityException.class,
                () -> Sealing.openWithExtraKey(sealed, "question:2", Sealing.newKey()),
                "expected another key to fail");
        assertThrows(GeneralSecurityException.class,
                () -> Sealing.openAsOrganisation(sealed, "question:2", Sealing.newOrganisationKey()),
                "expected another organisation key to fail");
    }

    @Test
    void anItemCannotBeMovedToAnotherContextOrChanged() throws GeneralSecurityException {
        Sealed sealed = Sealing.seal(CANARY, "question:3", organisationPublic, Optional.empty());
        assertThrows(GeneralSecurityException.class,
                () -> Sealing.openAsOrganisation(sealed, "question:4", organisation),
                "expected the context to be bound to the ciphertext");
        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(GeneralSecurityException.class, () -> Sealing.openAsOrganisation(
                new Sealed(tampered, sealed.forOrganisation(), null), "question:3", organisation),
                "expected a changed ciphertext to be refused");
    }

    @Test
    void thePrivateKeyIsOnlyUsableWithItsWrappingKey() throws GeneralSecurityException {
        byte[] salt = PasswordKeys.salt();
        PasswordKeys.Cost cheap = new PasswordKeys.Cost(8_192, 1, 1);
        byte[] staffKey = PasswordKeys.derive("correct horse battery staple".toCharArray(), salt, cheap);
        byte[] wrapped = Sealing.wrap(organisation, staffKey);
        Sealed sealed = Sealing.seal(CANARY, "note:1", organisationPublic, Optional.empty());

        KeysetHandle unwrapped = Sealing.unwrap(wrapped,
                PasswordKeys.derive("correct horse battery staple".toCharArray(), salt, cheap));
        assertEquals(CANARY, Sealing.openAsOrganisation(sealed, "note:1", unwrapped),
                "expected the unwrapped key to open items");
        assertThrows(GeneralSecurityException.class,
                () -> Sealing.unwrap(wrapped, PasswordKeys.derive("wrong password!".toCharArray(), salt, cheap)),
                "expected a wrong password to unwrap nothing");

        byte[] recoveryKey = Sealing.newKey();
        KeysetHandle recovered = Sealing.unwrap(Sealing.wrap(organisation, recoveryKey), recoveryKey);
        assertEquals(CANARY, Sealing.openAsOrganisation(sealed, "note:1", recovered),
                "expected the recovery key's wrapper to open items too");
    }

    @Test
    void aTokenMakesTheSameKeyEachTimeAndAnotherTokenOrPurposeAnother() throws GeneralSecurityException {
        String token = SecretCodes.normalize(SecretCodes.generate(160));
        byte[] key = Sealing.keyFromToken(token, "bootstrap");
        assertEquals(32, key.length, "expected a 256-bit key");
        assertArrayEquals(key, Sealing.keyFromToken(token, "bootstrap"),
                "expected the same token to make the same key");
        assertFalse(Arrays.equals(key, Sealing.keyFromToken(SecretCodes.normalize(SecretCodes.generate(160)),
                "bootstrap")), "expected another token to make another key");
        assertFalse(Arrays.equals(key, Sealing.keyFromToken(token, "other")),
                "expected another purpose to make another key");
        byte[] wrapped = Sealing.wrap(organisation, key);
        assertArrayEquals(Sealing.publicPart(organisation),
                Sealing.publicPart(Sealing.unwrap(wrapped, Sealing.keyFromToken(token, "bootstrap"))),
                "expected the token's key to open what it wrapped, the same public part byte for byte");
    }
}
