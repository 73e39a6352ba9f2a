package org.redisonmysql.commands.pubsub;

import java.util.Arrays;

/** A channel or pattern name as a map key: binary-safe, compared by content. */
record Bytes(byte[] value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
