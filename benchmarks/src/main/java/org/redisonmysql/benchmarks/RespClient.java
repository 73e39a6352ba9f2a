package org.redisonmysql.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal blocking RESP2 client: commands are written as arrays of bulk strings, possibly
 * several before one flush (pipelining), and replies read back in order. Replies come back as
 * String (simple string), {@link Error}, Long, byte[] (bulk, null when absent) or List.
 */
public final class RespClient implements AutoCloseable {
    /** An error reply. */
    public record Error(String message) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    public RespClient(String host, int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        socket.setSoTimeout(600_000);
        out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    /** For tests: a client over given streams. */
    RespClient(InputStream in, OutputStream out) {
        this.socket = null;
        this.in = in;
        this.out = out;
    }

    /** AUTH when a user is given; fails on anything but +OK. */
    public RespClient auth(String user, String password) throws IOException {
        if (user != null) {
            Object reply = call("AUTH", user, password);
            if (!"OK".equals(reply)) {
                throw new IOException("AUTH failed: " + reply);
            }
        }
        return this;
    }

    public Object call(Object... args) throws IOException {
        send(args);
        flush();
        return read();
    }

    /** Writes one command without flushing. Arguments are byte[] or anything whose toString() is ASCII. */
    public void send(Object... args) throws IOException {
        writeHeader('*', args.length);
        for (Object a : args) {
            byte[] b = a instanceof byte[] bytes ? bytes : a.toString().getBytes(StandardCharsets.UTF_8);
            writeHeader('$', b.length);
            out.write(b);
            out.write('\r');
            out.write('\n');
        }
    }

    /** Writes one command whose arguments are already in a list (large ZADD / RPUSH batches). */
    public void send(List<?> args) throws IOException {
        send(args.toArray());
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void writeHeader(char type, int n) throws IOException {
        out.write(type);
        out.write(Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
    }

    public Object read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("connection closed");
        }
        String line = readLine();
        switch (type) {
            case '+':
                return line;
            case '-':
                return new Error(line);
            case ':':
                return Long.parseLong(line);
            case '$': {
                int len = Integer.parseInt(line);
                if (len < 0) {
                    return null;
                }
                byte[] b = in.readNBytes(len);
                if (b.length < len) {
                    throw new EOFException("connection closed");
                }
                readLine();
                return b;
            }
            case '*': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return null;
                }
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(read());
                }
                return items;
            }
            default:
                throw new IOException("unexpected RESP type byte " + type);
        }
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c == '\r') {
                in.read(); // '\n'
                return sb.toString();
            }
            sb.append((char) c);
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }
}
