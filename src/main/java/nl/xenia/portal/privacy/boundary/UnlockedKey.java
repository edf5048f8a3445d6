package nl.xenia.portal.privacy.boundary;

import com.google.crypto.tink.KeysetHandle;

/**
 * What a signed-in staff session (or the recovery key) holds, in its memory only: the holder's own
 * private key, and the organisation's keyset once opened from the holder's wrapper (opened again when
 * an admin gave a newer one, e.g. after a rotation). Opaque outside the privacy component.
 */
public final class UnlockedKey {

    final long holderId;
    final KeysetHandle holderPrivate;
    volatile KeysetHandle keyset;
    volatile long wrapperId;

    UnlockedKey(long holderId, KeysetHandle holderPrivate) {
        this.holderId = holderId;
        this.holderPrivate = holderPrivate;
    }

    @Override
    public String toString() {
        return "UnlockedKey[hidden]";
    }
}
