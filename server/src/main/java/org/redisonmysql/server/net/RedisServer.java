package org.redisonmysql.server.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.redisonmysql.server.config.HostPort;
import org.redisonmysql.server.dispatch.Dispatcher;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** The Netty listener: one pipeline per client (decoder, then the connection that runs commands). */
public final class RedisServer implements AutoCloseable {
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final Channel serverChannel;

    public RedisServer(HostPort bind, int backlog, boolean tcpNoDelay, ConnectionSettings settings,
            Dispatcher dispatcher, Executor executor, ConnectionRegistry registry) throws InterruptedException {
        int high = Math.max(1 << 20, settings.writeBatchBytes() * 4);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, backlog)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, tcpNoDelay)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(high / 2, high))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (registry.size() >= settings.maxConnections()) {
                            registry.countRejected();
                            ch.pipeline().addLast(new RejectConnection());
                            return;
                        }
                        long id = registry.nextId();
                        ClientConnection[] holder = new ClientConnection[1];
                        RespDecoder decoder = new RespDecoder(settings.decoderLimits(),
                                () -> holder[0] != null && holder[0].authenticated(),
                                () -> holder[0] != null && holder[0].hasUnansweredCommands());
                        ClientConnection connection = new ClientConnection(id, ch, dispatcher, executor, settings, registry);
                        holder[0] = connection;
                        connection.setDecoder(decoder);
                        registry.add(connection, decoder);
                        ch.pipeline().addLast("resp-decoder", decoder).addLast("connection", connection);
                    }
                });
        this.serverChannel = bootstrap.bind(new InetSocketAddress(bind.host(), bind.port())).sync().channel();
        workers.scheduleAtFixedRate(() -> registry.sweep(settings), 1, 1, TimeUnit.SECONDS);
    }

    /** Answers Redis's error to a connection over max_connections, then closes it. */
    private static final class RejectConnection extends io.netty.channel.ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(io.netty.channel.ChannelHandlerContext ctx) {
            ByteBuf err = ctx.alloc().buffer();
            err.writeCharSequence("-ERR max number of clients reached\r\n", StandardCharsets.US_ASCII);
            ctx.writeAndFlush(err).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
            io.netty.util.ReferenceCountUtil.release(msg);
        }
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
