package nl.xenia.portal.privacy.boundary;

import com.google.crypto.tink.KeysetHandle;

/**
 * The organisation's private key, unwrapped for one signed-in staff session and held only in its
 * memory. Opaque outside the privacy component.
 */
public final class UnlockedKey {

    final KeysetHandle handle;

    UnlockedKey(KeysetHandle handle) {
        this.handle = handle;
    }

    @Override
    public String toString() {
        return "UnlockedKey[hidden]";
    }
}
