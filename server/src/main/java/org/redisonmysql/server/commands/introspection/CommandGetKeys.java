package org.redisonmysql.server.commands.introspection;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.CommandTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * COMMAND GETKEYS / GETKEYSANDFLAGS full-command: keys found from the key specs, with Redis's
 * errors and its checks in its order (unknown command, no keys, arity, invalid arguments).
 */
public class CommandGetKeys implements CommandHandler {
    private final ServerState state;
    private final boolean withFlags;

    @Inject
    public CommandGetKeys(ServerState state) {
        this(state, false);
    }

    CommandGetKeys(ServerState state, boolean withFlags) {
        this.state = state;
        this.withFlags = withFlags;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        byte[][] argv = Arrays.copyOfRange(args.raw(), 2, args.size());
        CommandTable.Entry e = CommandLookup.byArgv(state.table(), argv);
        if (e == null || e.isContainer()) {
            throw new RedisException("ERR Invalid command specified");
        }
        CommandSpec spec = e.spec();
        if (!KeyExtractor.hasKeys(spec)) {
            throw new RedisException("ERR The command has no key arguments");
        }
        if (!spec.arityAccepts(argv.length)) {
            throw new RedisException("ERR Invalid number of arguments specified for command");
        }
        List<KeyExtractor.Found> keys = KeyExtractor.keys(spec, argv);
        if (keys == null || keys.isEmpty()) {
            if (spec.hasFlag("no_mandatory_keys")) {
                return Replies.EMPTY_ARRAY;
            }
            throw new RedisException("ERR Invalid arguments specified for command");
        }
        List<Reply> out = new ArrayList<>();
        for (KeyExtractor.Found k : keys) {
            Reply key = Replies.bulk(argv[k.pos()]);
            out.add(withFlags ? Replies.array(List.of(key, SpecEncoder.statusSet(k.flags()))) : key);
        }
        return Replies.array(out);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }

    /** GETKEYSANDFLAGS: each key with its key-spec flags. */
    public static final class WithFlags extends CommandGetKeys {
        @Inject
        public WithFlags(ServerState state) {
            super(state, true);
        }
    }
}
