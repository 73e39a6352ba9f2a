package org.redisonmysql.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.redisonmysql.core.resp.DeferredReply;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;
import org.redisonmysql.core.session.ClientSession;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.dispatch.CommandTable;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.redisonmysql.server.dispatch.MultiState;
import org.redisonmysql.server.dispatch.WatchedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client connection: its session state and the ordered execution of its commands. Commands
 * are queued by the event loop and run one after another on a worker thread (JDBC blocks); replies
 * are encoded on that thread and handed to the event loop in batches, so a pipeline's replies are
 * flushed together. Reading stops while too many commands wait or the client does not read its
 * replies, so a slow client cannot grow the server's memory.
 */
public final class ClientConnection extends ChannelInboundHandlerAdapter implements ClientSession {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    /** Most commands in one pipelined run: bounds how long a run's transaction holds its locks. */
    private static final int MAX_PIPELINED_RUN = 64;

    /** Longest time a reply waits for the replies after it before they are written together. */
    private static final long MAX_REPLY_HOLD_NANOS = 2_000_000L;

    private final long id;
    private final Channel channel;
    private final Dispatcher dispatcher;
    private final Executor executor;
    private final ConnectionSettings settings;
    private final ConnectionRegistry registry;
    private final long createdAtMillis = System.currentTimeMillis();

    private final Queue<Object> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closing;

    private volatile boolean authenticated;
    private volatile String user = "default";
    private volatile String tenant = "";
    private volatile UserPool pool;
    private volatile int db;
    private volatile int protocol = 2;
    private volatile String name = "";
    private volatile String libName = "";
    private volatile String libVersion = "";
    private volatile long lastInteractionNanos = System.nanoTime();
    private volatile String lastCommand = "NULL";
    private volatile long unwritableSinceNanos;
    private MultiState multi;
    private final WatchedKeys watched = new WatchedKeys();

    public ClientConnection(long id, Channel channel, Dispatcher dispatcher, Executor executor,
            ConnectionSettings settings, ConnectionRegistry registry) {
        this.id = id;
        this.channel = channel;
        this.dispatcher = dispatcher;
        this.executor = executor;
        this.settings = settings;
        this.registry = registry;
    }

    // ---- network side (event loop) ----

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastInteractionNanos = System.nanoTime();
        pending.add(msg);
        if (queued.incrementAndGet() >= settings.maxInflight()) {
            channel.config().setAutoRead(false);
        }
    }

    /**
     * The commands of one socket read are all queued before the worker starts, so that a
     * pipeline's commands can run together (see {@link #runPipelined}).
     */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        scheduleDrain();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (channel.isWritable()) {
            unwritableSinceNanos = 0;
            if (queued.get() < settings.maxInflight()) {
                channel.config().setAutoRead(true);
            }
            scheduleDrain();
        } else {
            unwritableSinceNanos = System.nanoTime();
            channel.config().setAutoRead(false);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closing = true;
        registry.remove(this);
        runCloseActions();
        UserPool p = pool;
        if (p != null) {
            p.detach();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection {} failed: {}", id, cause.toString());
        ctx.close();
    }

    // ---- command side (worker thread, one at a time per connection) ----

    private void scheduleDrain() {
        if (!pending.isEmpty() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        List<ByteBuf> batch = new ArrayList<>();
        long batchStartedNanos = System.nanoTime();
        long batchBytes = 0;
        boolean suspended = false;
        try {
            while (!closing) {
                if (!channel.isWritable()) {
                    break; // resumed by channelWritabilityChanged
                }
                Object msg = pending.poll();
                if (msg == null) {
                    break;
                }
                Reply reply;
                boolean closeAfter = false;
                if (msg instanceof ProtocolError error) {
                    reply = Replies.error(error.fullMessage());
                    closeAfter = true;
                } else {
                    byte[][] argv = (byte[][]) msg;
                    List<Reply> run = runPipelined(argv);
                    if (run != null) {
                        for (Reply r : run) {
                            batchBytes += encode(r, batch);
                            afterReply();
                        }
                        // A run took database time: its replies go out now, not after the rest of the pipeline.
                        flush(batch, false);
                        batch = new ArrayList<>();
                        batchBytes = 0;
                        continue;
                    }
                    reply = dispatcher.execute(this, argv);
                    closeAfter = closeRequested;
                }
                if (reply instanceof DeferredReply deferred) {
                    // A blocked client: its later commands wait until this one is answered.
                    flush(batch, false);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    suspended = true;
                    blocked = true;
                    flushPushes();
                    deferred.future().whenComplete((result, failure) -> executor.execute(() -> resume(result, failure)));
                    return;
                }
                batchBytes += encode(reply, batch);
                afterReply();
                if (!heldPushes.isEmpty()) {
                    flush(batch, false);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    flushPushes();
                }
                if (closeAfter) {
                    closing = true;
                    flush(batch, true);
                    batch = new ArrayList<>();
                    pending.clear();
                    return;
                }
                if (batch.size() == 1) {
                    batchStartedNanos = System.nanoTime();
                }
                // Replies are gathered for fewer socket writes, but a client waiting for the first
                // reply of a long pipeline must not wait for the whole of it (clients time out).
                if (batchBytes >= settings.writeBatchBytes() || batch.size() >= settings.responseQueueLen()
                        || System.nanoTime() - batchStartedNanos > MAX_REPLY_HOLD_NANOS) {
                    flush(batch, false);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("connection {}: unexpected failure, closing", id, e);
            closing = true;
            flush(batch, true);
            batch = new ArrayList<>();
        } finally {
            if (!batch.isEmpty()) {
                flush(batch, false);
            }
            if (!suspended) {
                draining.set(false);
            }
        }
        if (!suspended) {
            flushPushes(); // pushes that arrived while the last command ran
        }
        if (!closing && !suspended) {
            scheduleDrain();
        }
    }

    /**
     * When {@code first} and the commands queued right behind it may share a unit of work (see
     * {@link Dispatcher#pipelinedEntry}), takes them off the queue and runs them together; null
     * (nothing taken) when there is no such run of two or more.
     */
    private List<Reply> runPipelined(byte[][] first) {
        if (!(pending.peek() instanceof byte[][] second)) {
            return null;
        }
        CommandTable.Entry firstEntry = dispatcher.pipelinedEntry(this, first);
        CommandTable.Entry secondEntry = firstEntry == null ? null : dispatcher.pipelinedEntry(this, second);
        if (secondEntry == null) {
            return null;
        }
        List<byte[][]> argvs = new ArrayList<>();
        List<CommandTable.Entry> entries = new ArrayList<>();
        argvs.add(first);
        entries.add(firstEntry);
        CommandTable.Entry next = secondEntry;
        while (next != null) {
            argvs.add((byte[][]) pending.poll());
            entries.add(next);
            next = argvs.size() < MAX_PIPELINED_RUN && pending.peek() instanceof byte[][] argv
                    ? dispatcher.pipelinedEntry(this, argv) : null;
        }
        return dispatcher.executeRun(this, argvs, entries);
    }

    /** A deferred reply completed: write it and go on with the queued commands. */
    private void resume(Reply result, Throwable failure) {
        List<ByteBuf> batch = new ArrayList<>();
        blocked = false;
        try {
            if (!closing) {
                Reply reply = failure == null ? result : Replies.error("ERR internal error while blocked");
                if (failure != null) {
                    LOG.error("connection {}: blocked command failed", id, failure);
                }
                encode(reply, batch);
                flush(batch, false);
            }
            afterReply();
        } finally {
            draining.set(false);
        }
        flushPushes();
        if (!closing) {
            scheduleDrain();
        }
    }

    private long encode(Reply reply, List<ByteBuf> batch) {
        RespWriter writer = new RespWriter(channel.alloc(), protocol);
        reply.writeTo(writer);
        long bytes = 0;
        for (ByteBuf b : writer.finish()) {
            bytes += b.readableBytes();
            batch.add(b);
        }
        return bytes;
    }

    private void afterReply() {
        int left = queued.decrementAndGet();
        if (left < settings.maxInflight() && channel.isWritable()
                && !channel.config().isAutoRead() && !closing) {
            channel.config().setAutoRead(true);
        }
        if (left == 0 && decoder != null && decoder.waitingForAuth()) {
            // The frame that waited for earlier commands (a pipelined AUTH) can be decoded now.
            channel.eventLoop().execute(() -> channel.pipeline().fireChannelRead(Unpooled.EMPTY_BUFFER).fireChannelReadComplete());
        }
    }

    private RespDecoder decoder;

    void setDecoder(RespDecoder decoder) {
        this.decoder = decoder;
    }

    /** Commands read from the socket whose replies have not been written yet. */
    boolean hasUnansweredCommands() {
        return queued.get() > 0;
    }

    private void flush(List<ByteBuf> batch, boolean thenClose) {
        if (batch.isEmpty()) {
            if (thenClose) {
                channel.close();
            }
            return;
        }
        ByteBuf out = batch.size() == 1 ? batch.get(0) : Unpooled.wrappedBuffer(batch.toArray(new ByteBuf[0]));
        if (thenClose) {
            channel.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.writeAndFlush(out);
        }
    }

    private volatile boolean closeRequested;
    private final List<Runnable> closeActions = new ArrayList<>();
    private boolean closed;
    private final AtomicInteger unsentPushes = new AtomicInteger();
    private final Queue<Reply> heldPushes = new ConcurrentLinkedQueue<>();
    private volatile boolean blocked;
    private volatile int subscriptionCount;

    @Override
    public boolean isOpen() {
        return !closing && channel.isActive();
    }

    @Override
    public void onClose(Runnable action) {
        boolean runNow;
        synchronized (closeActions) {
            runNow = closed;
            if (!runNow) {
                closeActions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
    }

    private void runCloseActions() {
        List<Runnable> actions;
        synchronized (closeActions) {
            closed = true;
            actions = new ArrayList<>(closeActions);
            closeActions.clear();
        }
        for (Runnable a : actions) {
            try {
                a.run();
            } catch (RuntimeException e) {
                LOG.warn("connection {}: close action failed: {}", id, e.toString());
            }
        }
    }

    /**
     * Pushes wait while this connection runs a command, and go out right after that command's
     * reply: a SUBSCRIBE's confirmation always precedes the first message, as in Redis. While the
     * client is blocked (a blocking command waits), they go out at once.
     */
    @Override
    public void push(Reply message) {
        if (closing) {
            return;
        }
        if (unsentPushes.incrementAndGet() > settings.pushQueueLen()) {
            LOG.info("connection {}: more than {} unsent Pub/Sub messages, disconnecting (push_queue_len)",
                    id, settings.pushQueueLen());
            kill();
            return;
        }
        heldPushes.add(message);
        if (!draining.get() || blocked) {
            flushPushes();
        }
    }

    /** Writes the held pushes, in order; called only where no reply of this client is pending. */
    private void flushPushes() {
        synchronized (heldPushes) {
            List<ByteBuf> out = new ArrayList<>();
            int n = 0;
            Reply r;
            while ((r = heldPushes.poll()) != null) {
                encode(r, out);
                n++;
            }
            if (n == 0) {
                return;
            }
            int written = n;
            ByteBuf buf = out.size() == 1 ? out.get(0) : Unpooled.wrappedBuffer(out.toArray(new ByteBuf[0]));
            channel.writeAndFlush(buf).addListener(f -> unsentPushes.addAndGet(-written));
        }
    }

    @Override
    public int subscriptionCount() {
        return subscriptionCount;
    }

    @Override
    public void setSubscriptionCount(int count) {
        this.subscriptionCount = count;
    }

    /** QUIT: answer this command, then close. */
    public void closeAfterReply() {
        closeRequested = true;
    }

    /** CLIENT KILL and limits: close now. */
    public void kill() {
        closing = true;
        channel.close();
    }

    // ---- session state ----

    @Override
    public long id() {
        return id;
    }

    @Override
    public String tenant() {
        return tenant;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public int db() {
        return db;
    }

    @Override
    public void select(int db) {
        this.db = db;
    }

    @Override
    public int databases() {
        return settings.databases();
    }

    @Override
    public int protocol() {
        return protocol;
    }

    public void setProtocol(int protocol) {
        this.protocol = protocol;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    public boolean authenticated() {
        return authenticated;
    }

    public UserPool pool() {
        return pool;
    }

    /** Binds the session to an authenticated user, tenant and pool. */
    public void authenticate(String user, String tenant, UserPool pool) {
        UserPool previous = this.pool;
        pool.attach();
        this.pool = pool;
        this.user = user;
        this.tenant = tenant;
        this.authenticated = true;
        if (previous != null) {
            previous.detach();
        }
    }

    /**
     * RESET: back to a fresh connection's state. Redis with a password then requires AUTH again,
     * so the session also leaves its user and pool.
     */
    public void reset() {
        subscriptionCount = 0;
        multi = null;
        watched.clear();
        db = 0;
        protocol = 2;
        name = "";
        authenticated = false;
        user = "default";
        tenant = "";
        UserPool previous = pool;
        pool = null;
        if (previous != null) {
            previous.detach();
        }
    }

    /** The open MULTI block, or null. Only the connection's command thread touches it. */
    public MultiState multi() {
        return multi;
    }

    public void beginMulti() {
        multi = new MultiState();
    }

    /** Ends the MULTI block (EXEC, DISCARD) and forgets watched keys, as Redis does. */
    public void endMulti() {
        multi = null;
        watched.clear();
    }

    public WatchedKeys watched() {
        return watched;
    }

    public void setLibInfo(String libName, String libVersion) {
        if (libName != null) {
            this.libName = libName;
        }
        if (libVersion != null) {
            this.libVersion = libVersion;
        }
    }

    public void noteCommand(String command) {
        lastCommand = command;
        lastInteractionNanos = System.nanoTime();
    }

    public Channel channel() {
        return channel;
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    public long idleNanos() {
        return System.nanoTime() - lastInteractionNanos;
    }

    public long unwritableSinceNanos() {
        return unwritableSinceNanos;
    }

    public boolean busy() {
        return draining.get() || !pending.isEmpty();
    }

    /** One line of CLIENT LIST, in Redis 7's field order. */
    public String describe() {
        InetSocketAddress remote = (InetSocketAddress) channel.remoteAddress();
        InetSocketAddress local = (InetSocketAddress) channel.localAddress();
        long now = System.currentTimeMillis();
        return "id=" + id
                + " addr=" + (remote == null ? "?" : remote.getAddress().getHostAddress() + ":" + remote.getPort())
                + " laddr=" + (local == null ? "?" : local.getAddress().getHostAddress() + ":" + local.getPort())
                + " fd=" + (id + 7) + " name=" + name
                + " age=" + (now - createdAtMillis) / 1000
                + " idle=" + idleNanos() / 1_000_000_000L
                + " flags=N db=" + db + " sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0"
                + " rbs=0 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r cmd=" + lastCommand
                + " user=" + user + " redir=-1 resp=" + protocol;
    }
}
