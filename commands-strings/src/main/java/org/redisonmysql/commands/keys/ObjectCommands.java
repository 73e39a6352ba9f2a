package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * OBJECT ENCODING | REFCOUNT | IDLETIME | FREQ | HELP. Nothing here lives in memory, so the answers
 * are what Redis would say for a value of that type and size freshly stored: a string's encoding
 * follows Redis's tryObjectEncoding (int, embstr up to 44 bytes, raw), small integers are Redis's
 * shared objects (refcount INT_MAX), the idle time is 0, and FREQ fails as it does under Redis's
 * default (non-LFU) maxmemory policy.
 */
public final class ObjectCommands {
    private static final int OBJ_SHARED_INTEGERS = 10000;
    private static final int EMBSTR_SIZE_LIMIT = 44;
    static final String FREQ_ERROR = "ERR An LFU maxmemory policy is not selected, access frequency not tracked. "
            + "Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.";

    private ObjectCommands() {
    }

    /** Base of the subcommands that look a key up: nil when it does not exist. */
    abstract static class KeySubcommand implements CommandHandler {
        final KeyspaceRepository keyspace;

        KeySubcommand(KeyspaceRepository keyspace) {
            this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** OBJECT ENCODING key. */
    public static final class Encoding extends KeySubcommand {
        private final Map<KeyType, KeyTypeHooks> hooks = new EnumMap<>(KeyType.class);

        @Inject
        public Encoding(KeyspaceRepository keyspace, Set<KeyTypeHooks> hooks) {
            super(keyspace);
            for (KeyTypeHooks h : hooks) {
                this.hooks.put(h.type(), h);
            }
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyspaceRepository.StringShape shape = keyspace.stringShape(ctx.scope(), args.get(2));
            if (shape == null) {
                return Replies.NULL_BULK;
            }
            if (shape.type() == KeyType.STRING) {
                return Replies.bulk(stringEncoding(shape.length(), shape.shortValue()));
            }
            KeyTypeHooks h = hooks.get(shape.type());
            if (h == null) {
                throw new IllegalStateException("no KeyTypeHooks registered for type " + shape.type());
            }
            return Replies.bulk(h.encoding(ctx.dsl(), shape.id()));
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** OBJECT REFCOUNT key. */
    public static final class RefCount extends KeySubcommand {
        @Inject
        public RefCount(KeyspaceRepository keyspace) {
            super(keyspace);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyspaceRepository.StringShape shape = keyspace.stringShape(ctx.scope(), args.get(2));
            if (shape == null) {
                return Replies.NULL_BULK;
            }
            if (shape.type() == KeyType.STRING && shape.shortValue() != null) {
                Long v = RedisNumbers.parseLongOrNull(shape.shortValue());
                if (v != null && v >= 0 && v < OBJ_SHARED_INTEGERS) {
                    return Replies.integer(Integer.MAX_VALUE);
                }
            }
            return Replies.ONE;
        }
    }

    /** OBJECT IDLETIME key: access times are not tracked, so 0. */
    public static final class IdleTime extends KeySubcommand {
        @Inject
        public IdleTime(KeyspaceRepository keyspace) {
            super(keyspace);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return keyspace.type(ctx.scope(), args.get(2)) == null ? Replies.NULL_BULK : Replies.ZERO;
        }
    }

    /** OBJECT FREQ key: Redis's error under its default maxmemory policy (nil for a missing key). */
    public static final class Freq extends KeySubcommand {
        @Inject
        public Freq(KeyspaceRepository keyspace) {
            super(keyspace);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (keyspace.type(ctx.scope(), args.get(2)) == null) {
                return Replies.NULL_BULK;
            }
            throw Errors.of(FREQ_ERROR);
        }
    }

    /** OBJECT HELP. */
    public static final class Help implements CommandHandler {
        private static final String[] LINES = {
            "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "ENCODING <key>",
            "    Return the kind of internal representation used in order to store the value",
            "    associated with a <key>.",
            "FREQ <key>",
            "    Return the access frequency index of the <key>. The returned integer is",
            "    proportional to the logarithm of the recent access frequency of the key.",
            "IDLETIME <key>",
            "    Return the idle time of the <key>, that is the approximated number of",
            "    seconds elapsed since the last access to the key.",
            "REFCOUNT <key>",
            "    Return the number of references of the value associated with the specified",
            "    <key>.",
            "HELP",
            "    Prints this help.",
        };

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Reply> lines = new ArrayList<>(LINES.length);
            for (String l : LINES) {
                lines.add(Replies.simple(l));
            }
            return Replies.array(lines);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    /** Redis's tryObjectEncoding for a freshly stored string of this length (and value, if short). */
    static String stringEncoding(long length, byte[] shortValue) {
        if (shortValue != null && length <= 20 && RedisNumbers.parseLongOrNull(shortValue) != null) {
            return "int";
        }
        return length <= EMBSTR_SIZE_LIMIT ? "embstr" : "raw";
    }
}
