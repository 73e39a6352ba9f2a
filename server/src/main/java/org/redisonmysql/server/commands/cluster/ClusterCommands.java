package org.redisonmysql.server.commands.cluster;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.net.ClientConnection;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * The cluster-compatibility commands. Redis 7.0 without cluster mode rejects them; like the original
 * redis-on-mysql proxy we answer as a one-node cluster that owns all 16384 slots, so cluster-aware
 * clients work against a single endpoint (the data is in MySQL, every node sees every key).
 */
public final class ClusterCommands {
    private ClusterCommands() {
    }

    /** Base: no database; the node id is the run id. */
    abstract static class Base implements CommandHandler {
        final ServerState state;

        Base(ServerState state) {
            this.state = state;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }

        /** The address the client reached us on (what it should use to reconnect). */
        static String ip(CommandContext ctx) {
            if (ctx.session() instanceof ClientConnection c
                    && c.channel().localAddress() instanceof InetSocketAddress local) {
                return local.getAddress().getHostAddress();
            }
            return "127.0.0.1";
        }
    }

    /** CLUSTER INFO. */
    public static final class Info extends Base {
        @Inject
        public Info(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String text = "cluster_state:ok\r\ncluster_slots_assigned:16384\r\ncluster_slots_ok:16384\r\n"
                    + "cluster_slots_pfail:0\r\ncluster_slots_fail:0\r\ncluster_known_nodes:1\r\ncluster_size:1\r\n"
                    + "cluster_current_epoch:1\r\ncluster_my_epoch:1\r\ncluster_stats_messages_sent:0\r\n"
                    + "cluster_stats_messages_received:0\r\ntotal_cluster_links_buffer_limit_exceeded:0\r\n";
            return w -> w.verbatim(text);
        }
    }

    /** CLUSTER NODES: this node, master of 0-16383. */
    public static final class Nodes extends Base {
        @Inject
        public Nodes(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String line = state.runId() + " " + ip(ctx) + ":" + state.port() + "@" + (state.port() + 10000)
                    + " myself,master - 0 0 1 connected 0-16383\n";
            return w -> w.verbatim(line);
        }
    }

    /** CLUSTER SLOTS: one range, one node (ip, port, id, empty metadata). */
    public static final class Slots extends Base {
        @Inject
        public Slots(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Reply node = Replies.array(List.of(Replies.bulk(ip(ctx)), Replies.integer(state.port()),
                    Replies.bulk(state.runId()), Replies.map(List.of())));
            return Replies.array(List.of(Replies.array(List.of(Replies.integer(0), Replies.integer(16383), node))));
        }
    }

    /** CLUSTER SHARDS: one shard with all slots and this node as its online master. */
    public static final class Shards extends Base {
        @Inject
        public Shards(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String ip = ip(ctx);
            Reply node = Replies.map(List.of(
                    Replies.bulk("id"), Replies.bulk(state.runId()),
                    Replies.bulk("port"), Replies.integer(state.port()),
                    Replies.bulk("ip"), Replies.bulk(ip),
                    Replies.bulk("endpoint"), Replies.bulk(ip),
                    Replies.bulk("role"), Replies.bulk("master"),
                    Replies.bulk("replication-offset"), Replies.integer(0),
                    Replies.bulk("health"), Replies.bulk("online")));
            Reply shard = Replies.map(List.of(
                    Replies.bulk("slots"), Replies.array(List.of(Replies.integer(0), Replies.integer(16383))),
                    Replies.bulk("nodes"), Replies.array(List.of(node))));
            return Replies.array(List.of(shard));
        }
    }

    /** CLUSTER KEYSLOT key. */
    public static final class KeySlotCommand extends Base {
        @Inject
        public KeySlotCommand(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.integer(KeySlot.of(args.get(2)));
        }
    }

    /** CLUSTER MYID: the run id, which doubles as the node id. */
    public static final class MyId extends Base {
        @Inject
        public MyId(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.bulk(state.runId());
        }
    }

    /** READONLY, READWRITE, ASKING: accepted; every node serves every slot. */
    public abstract static class Ok implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    /** READONLY. */
    public static final class ReadOnly extends Ok {
    }

    /** READWRITE. */
    public static final class ReadWrite extends Ok {
    }

    /** ASKING. */
    public static final class Asking extends Ok {
    }
}
