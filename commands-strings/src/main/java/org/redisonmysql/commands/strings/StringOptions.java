package org.redisonmysql.commands.strings;

import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

/**
 * The options of SET and GETEX, parsed as Redis's {@code parseExtendedStringArgumentsOrReply}
 * does: conflicting options are a syntax error, a repeated option overrides the earlier one.
 */
final class StringOptions {
    static final int NX = 1;
    static final int XX = 1 << 1;
    static final int GET = 1 << 2;
    static final int KEEPTTL = 1 << 3;
    static final int PERSIST = 1 << 4;
    static final int EX = 1 << 5;
    static final int PX = 1 << 6;
    static final int EXAT = 1 << 7;
    static final int PXAT = 1 << 8;
    private static final int ANY_EXPIRE = EX | PX | EXAT | PXAT;

    final int flags;
    /** The expire argument, or null. */
    final byte[] expire;

    private StringOptions(int flags, byte[] expire) {
        this.flags = flags;
        this.expire = expire;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** SET's options, from argument 3. */
    static StringOptions forSet(CommandArgs args) {
        return parse(args, 3, true);
    }

    /** GETEX's options, from argument 2. */
    static StringOptions forGetex(CommandArgs args) {
        return parse(args, 2, false);
    }

    private static StringOptions parse(CommandArgs args, int from, boolean set) {
        int flags = 0;
        byte[] expire = null;
        int argc = args.size();
        for (int j = from; j < argc; j++) {
            boolean next = j < argc - 1;
            if (set && args.is(j, "nx") && (flags & XX) == 0) {
                flags |= NX;
            } else if (set && args.is(j, "xx") && (flags & NX) == 0) {
                flags |= XX;
            } else if (set && args.is(j, "get")) {
                flags |= GET;
            } else if (set && args.is(j, "keepttl") && (flags & (PERSIST | ANY_EXPIRE)) == 0) {
                flags |= KEEPTTL;
            } else if (!set && args.is(j, "persist") && (flags & (KEEPTTL | ANY_EXPIRE)) == 0) {
                flags |= PERSIST;
            } else if (next && expireOption(args, j) != 0
                    && (flags & (KEEPTTL | PERSIST | (ANY_EXPIRE & ~expireOption(args, j)))) == 0) {
                flags |= expireOption(args, j);
                expire = args.get(++j);
            } else {
                throw Errors.syntax();
            }
        }
        return new StringOptions(flags, expire);
    }

    private static int expireOption(CommandArgs args, int j) {
        if (args.is(j, "ex")) {
            return EX;
        }
        if (args.is(j, "px")) {
            return PX;
        }
        if (args.is(j, "exat")) {
            return EXAT;
        }
        if (args.is(j, "pxat")) {
            return PXAT;
        }
        return 0;
    }

    /**
     * The absolute expiry in epoch ms, as Redis's {@code getExpireMillisecondsOrReply} computes it,
     * or null without an expire option. {@code command} names the command in the error.
     */
    Long expiresAt(long now, String command) {
        if (expire == null) {
            return null;
        }
        return expiresAt(expire, has(EX) || has(EXAT), has(EX) || has(PX), now, command);
    }

    /** One expire argument: in seconds or milliseconds, relative to {@code now} or absolute. */
    static long expiresAt(byte[] arg, boolean seconds, boolean relative, long now, String command) {
        long ms = RedisNumbers.parseLong(arg);
        if (ms <= 0 || (seconds && ms > Long.MAX_VALUE / 1000)) {
            throw Errors.invalidExpireTime(command);
        }
        if (seconds) {
            ms *= 1000;
        }
        if (relative) {
            ms += now; // wraps like Redis's long long arithmetic, caught below
        }
        if (ms <= 0) {
            throw Errors.invalidExpireTime(command);
        }
        return ms;
    }

    /** EXAT / PXAT in the past: Redis deletes the key (GETEX) or the key is born expired (SET). */
    boolean absolute() {
        return has(EXAT) || has(PXAT);
    }
}
