package org.redisonmysql.core.keyspace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The indexed identity of a key: SHA-256 of its bytes. Keys may be up to 512 MB, far beyond what
 * an index can hold; the hash is fixed-size and collision-free in practice.
 */
public final class KeyHash {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private KeyHash() {
    }

    public static byte[] of(byte[] key) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest(key);
    }
}
