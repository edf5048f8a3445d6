package nl.xenia.portal.privacy.control;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.Sealed;

/**
 * Sealing free text so that a copy of the database reveals nothing (Google Tink; no hand-written
 * primitives). Each item gets its own random data key (AES-256-GCM); the data key is sealed to the
 * organisation's public key (HPKE: X25519, HKDF-SHA256, AES-256-GCM) and, optionally, under one more
 * key (e.g. derived from the person's receipt code) so the person can read their own copy. The
 * context (what the item is, e.g. {@code question:42}) is bound to every ciphertext.
 */
public final class Sealing {

    private static final String HPKE_TEMPLATE = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        try {
            HybridConfig.register();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("Tink hybrid encryption is not available", unavailable);
        }
    }

    private Sealing() {
    }

    /** A new organisation key pair (private part included: wrap it at once). */
    public static KeysetHandle newOrganisationKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(KeyTemplates.get(HPKE_TEMPLATE));
    }

    /** A key holder's own key pair (a staff member, the recovery key): the same parameters. */
    public static KeysetHandle newHolderKey() throws GeneralSecurityException {
        return newOrganisationKey();
    }

    /** The organisation's keyset with a new generation added and made primary; earlier ones still open. */
    public static KeysetHandle withNewGeneration(KeysetHandle organisationKey) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(organisationKey);
        builder.addEntry(KeysetHandle.generateEntryFromParametersName(HPKE_TEMPLATE).withRandomId().makePrimary());
        return builder.build();
    }

    /** Whether the keyset's primary generation is the primary of the given public keyset. */
    public static boolean samePrimary(KeysetHandle keyset, byte[] publicPart) throws GeneralSecurityException {
        return keyset.getPrimary().getId() == readPublic(publicPart).getPrimary().getId();
    }

    /** A private keyset sealed to a holder's public key, bound to the holder (context). */
    public static byte[] sealKeyset(KeysetHandle keyset, KeysetHandle holderPublic, String context)
            throws GeneralSecurityException {
        byte[] plain = TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        try {
            return holderPublic.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class).encrypt(plain,
                    context.getBytes(StandardCharsets.UTF_8));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** A keyset sealed by {@link #sealKeyset} back, with the holder's private key. */
    public static KeysetHandle openKeyset(byte[] sealed, KeysetHandle holderPrivate, String context)
            throws GeneralSecurityException {
        byte[] plain = holderPrivate.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(sealed,
                context.getBytes(StandardCharsets.UTF_8));
        try {
            return TinkProtoKeysetFormat.parseKeyset(plain, InsecureSecretKeyAccess.get());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The public half, to store in the clear: it can only seal. */
    public static byte[] publicPart(KeysetHandle organisationKey) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeKeysetWithoutSecret(organisationKey.getPublicKeysetHandle());
    }

    public static KeysetHandle readPublic(byte[] publicPart) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicPart);
    }

    /** The private key encrypted under a wrapping key (e.g. derived from a staff password). */
    public static byte[] wrap(KeysetHandle organisationKey, byte[] wrappingKey) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(organisationKey, new AesGcmJce(wrappingKey),
                "xenia organisation key".getBytes(StandardCharsets.US_ASCII));
    }

    /** The private key back from a wrapper; fails for a wrong wrapping key. */
    public static KeysetHandle unwrap(byte[] wrapped, byte[] wrappingKey) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, new AesGcmJce(wrappingKey),
                "xenia organisation key".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A 256-bit wrapping key from a one-time token of at least 128 random bits (the bootstrap token:
     * 160), by HKDF-SHA256: a token with that much entropy needs no slow derivation, and nothing
     * stored beside the key it wraps (the token's SHA-256 lookup hash, say) is an input to it.
     */
    public static byte[] keyFromToken(String canonicalToken, String purpose) throws GeneralSecurityException {
        return Hkdf.computeHkdf("HMACSHA256", canonicalToken.getBytes(StandardCharsets.US_ASCII),
                "xenia one-time token".getBytes(StandardCharsets.US_ASCII), purpose.getBytes(StandardCharsets.UTF_8),
                KEY_BYTES);
    }

    /** A new random 256-bit key, e.g. the recovery key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static Sealed seal(String text, String context, KeysetHandle organisationPublic, Optional<byte[]> extraKey)
            throws GeneralSecurityException {
        byte[] dataKey = newKey();
        try {
            byte[] ad = context.getBytes(StandardCharsets.UTF_8);
            byte[] ciphertext = new AesGcmJce(dataKey).encrypt(text.getBytes(StandardCharsets.UTF_8), ad);
            HybridEncrypt hybrid = organisationPublic.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            byte[] forOrganisation = hybrid.encrypt(dataKey, ad);
            byte[] forExtra = extraKey.isPresent() ? new AesGcmJce(extraKey.get()).encrypt(dataKey, ad) : null;
            return new Sealed(ciphertext, forOrganisation, forExtra);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Opens with the organisation's private key (held only in a signed-in staff session). */
    public static String openAsOrganisation(Sealed sealed, String context, KeysetHandle organisationPrivate)
            throws GeneralSecurityException {
        byte[] ad = context.getBytes(StandardCharsets.UTF_8);
        HybridDecrypt hybrid = organisationPrivate.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
        return open(sealed.ciphertext(), hybrid.decrypt(sealed.forOrganisation(), ad), ad);
    }

    /** Opens with the extra key (e.g. from the receipt code); fails when the item has none. */
    public static String openWithExtraKey(Sealed sealed, String context, byte[] extraKey)
            throws GeneralSecurityException {
        if (sealed.forExtraKey() == null) {
            throw new GeneralSecurityException("Not sealed for an extra key");
        }
        byte[] ad = context.getBytes(StandardCharsets.UTF_8);
        return open(sealed.ciphertext(), new AesGcmJce(extraKey).decrypt(sealed.forExtraKey(), ad), ad);
    }

    private static String open(byte[] ciphertext, byte[] dataKey, byte[] ad) throws GeneralSecurityException {
        try {
            return new String(new AesGcmJce(dataKey).decrypt(ciphertext, ad), StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

}
