package org.redisonmysql.server.scripting;

import java.util.ArrayList;
import java.util.List;

/** The flags a function may declare (Redis's scripts_flags_def, in its order: FUNCTION LIST lists them so). */
public final class FunctionFlags {
    public static final int NO_WRITES = 1;
    public static final int ALLOW_OOM = 2;
    public static final int ALLOW_STALE = 4;
    public static final int NO_CLUSTER = 8;
    public static final int ALLOW_CROSS_SLOT_KEYS = 16;

    private static final String[] NAMES = {"no-writes", "allow-oom", "allow-stale", "no-cluster", "allow-cross-slot-keys"};

    private FunctionFlags() {
    }

    /** The bit of a flag name, or 0 for an unknown one (names are case-sensitive, as in Redis). */
    static int of(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        return 0;
    }

    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.add(NAMES[i]);
            }
        }
        return out;
    }
}
