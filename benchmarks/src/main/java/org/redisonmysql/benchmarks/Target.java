package org.redisonmysql.benchmarks;

/** A RESP server under load: where it listens, how to log in, and its process id for /proc. */
public record Target(String name, String host, int port, String user, String password, long pid) {
    public RespClient connect() throws java.io.IOException {
        return new RespClient(host, port).auth(user, password);
    }
}
