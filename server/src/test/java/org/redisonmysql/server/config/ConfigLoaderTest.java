package org.redisonmysql.server.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    /** The YAML example from the original redis-on-mysql proxy's README, unchanged. */
    static final String ORIGINAL_README_YAML = """
            bind_addr: "0.0.0.0:6380"
            mysql_addr: "127.0.0.1:3306"
            mysql_database: "redis"
            mysql_options: ""
            auth:
              tenant_regex: "^(?P<tenant>[^:]+):"
              tenant_no_match: "username"
            pool:
              max_connections: 16
              connect_timeout_ms: 5000
              idle_ttl_secs: 600
            cleanup:
              expire_cleanup_interval_secs: 60
              expire_cleanup_batch: 1000
              pubsub_cleanup_interval_secs: 60
              pubsub_idle_secs: 600
              pubsub_message_ttl_secs: 3600
            pubsub:
              poll_ms: 200
              poll_batch: 128
              heartbeat_secs: 30
            string_set_retry:
              max_attempts: 3
              backoff_base_ms: 1
              backoff_max_ms: 16
            string_incr_retry:
              max_attempts: 64
              backoff_base_ms: 1
              backoff_max_ms: 16
              deadline_ms: 2000
            """;

    @TempDir
    Path dir;

    private Map<String, String> withYaml(String yaml) throws IOException {
        Path file = dir.resolve("redis-on-mysql.yaml");
        Files.writeString(file, yaml);
        Map<String, String> env = new HashMap<>();
        env.put(ConfigLoader.CONFIG_ENV, file.toString());
        return env;
    }

    private static ConfigException fails(Map<String, String> env) {
        try {
            ConfigLoader.load(env);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for " + env);
    }

    // ---- defaults ----

    @Test
    void originalProxyDefaults() {
        ServerConfig c = ServerConfig.defaults();
        assertThat(c.getAddress(ConfigKey.BIND_ADDR)).isEqualTo(new HostPort("0.0.0.0", 6380));
        assertThat(c.getString(ConfigKey.MYSQL_DATABASE)).isEqualTo("redis");
        assertThat(c.getString(ConfigKey.MYSQL_OPTIONS)).isEmpty();
        assertThat(c.getString(ConfigKey.TENANT_NO_MATCH)).isEqualTo("username");
        assertThat(c.getInt(ConfigKey.POOL_MAX_CONNECTIONS)).isEqualTo(16);
        assertThat(c.getInt(ConfigKey.POOL_CONNECT_TIMEOUT_MS)).isEqualTo(5000);
        assertThat(c.getInt(ConfigKey.POOL_IDLE_TTL_SECS)).isEqualTo(600);
        assertThat(c.getInt(ConfigKey.EXPIRE_CLEANUP_INTERVAL_SECS)).isEqualTo(60);
        assertThat(c.getInt(ConfigKey.EXPIRE_CLEANUP_BATCH)).isEqualTo(1000);
        assertThat(c.getInt(ConfigKey.PUBSUB_CLEANUP_INTERVAL_SECS)).isEqualTo(60);
        assertThat(c.getInt(ConfigKey.PUBSUB_IDLE_SECS)).isEqualTo(600);
        assertThat(c.getInt(ConfigKey.PUBSUB_MESSAGE_TTL_SECS)).isEqualTo(3600);
        assertThat(c.getInt(ConfigKey.PUBSUB_POLL_MS)).isEqualTo(200);
        assertThat(c.getInt(ConfigKey.PUBSUB_POLL_BATCH)).isEqualTo(128);
        assertThat(c.getInt(ConfigKey.PUBSUB_HEARTBEAT_SECS)).isEqualTo(30);
        assertThat(c.getInt(ConfigKey.SET_RETRY_MAX_ATTEMPTS)).isEqualTo(3);
        assertThat(c.getInt(ConfigKey.SET_RETRY_BACKOFF_BASE_MS)).isEqualTo(1);
        assertThat(c.getInt(ConfigKey.SET_RETRY_BACKOFF_MAX_MS)).isEqualTo(16);
        assertThat(c.getInt(ConfigKey.INCR_RETRY_MAX_ATTEMPTS)).isEqualTo(64);
        assertThat(c.getInt(ConfigKey.INCR_RETRY_BACKOFF_BASE_MS)).isEqualTo(1);
        assertThat(c.getInt(ConfigKey.INCR_RETRY_BACKOFF_MAX_MS)).isEqualTo(16);
        assertThat(c.getInt(ConfigKey.INCR_RETRY_DEADLINE_MS)).isEqualTo(2000);
        assertThat(c.getInt(ConfigKey.MAX_DEPTH)).isEqualTo(1);
        assertThat(c.getBoolean(ConfigKey.TCP_NODELAY)).isTrue();
        assertThat(c.embedded()).isTrue();
        assertThat(c.getOrNull(ConfigKey.MYSQL_ADDR)).isNull();
        assertThat(c.isSet(ConfigKey.BIND_ADDR)).isFalse();
    }

    @Test
    void defaultTenantRegexIsAcceptedAndWorksAsJavaRegex() {
        Pattern p = ServerConfig.defaults().getPattern(ConfigKey.TENANT_REGEX);
        Matcher m = p.matcher("tenantA:alice");
        assertThat(m.find()).isTrue();
        assertThat(m.group("tenant")).isEqualTo("tenantA");
        assertThat(p.matcher("alice").find()).isFalse();
        // Java's own spelling works too
        Map<String, String> env = Map.of("REDIS_MYSQL_TENANT_REGEX", "^(?<tenant>[^@]+)@");
        Matcher m2 = ConfigLoader.load(env).getPattern(ConfigKey.TENANT_REGEX).matcher("acme@bob");
        assertThat(m2.find()).isTrue();
        assertThat(m2.group("tenant")).isEqualTo("acme");
    }

    @Test
    void everyKeyHasAParsableDefaultOrNone() {
        ServerConfig c = ServerConfig.defaults();
        for (ConfigKey k : ConfigKey.values()) {
            assertThat(k.env()).as(k.name()).startsWith("REDIS_MYSQL_");
            assertThat(ConfigKey.byEnv(k.env())).isEqualTo(k);
            assertThat(ConfigKey.byYamlPath(k.yamlPath())).isEqualTo(k);
            assertThat(c.has(k)).as(k.name()).isEqualTo(k.defaultValue() != null);
        }
    }

    // ---- YAML and environment ----

    @Test
    void originalReadmeYamlParsesUnchanged() throws IOException {
        ServerConfig c = ConfigLoader.load(withYaml(ORIGINAL_README_YAML));
        assertThat(c.embedded()).isFalse();
        assertThat(c.getAddress(ConfigKey.MYSQL_ADDR)).isEqualTo(new HostPort("127.0.0.1", 3306));
        assertThat(c.getAddress(ConfigKey.BIND_ADDR)).isEqualTo(new HostPort("0.0.0.0", 6380));
        assertThat(c.getString(ConfigKey.MYSQL_OPTIONS)).isEmpty();
        assertThat(c.getInt(ConfigKey.INCR_RETRY_DEADLINE_MS)).isEqualTo(2000);
        assertThat(c.getInt(ConfigKey.PUBSUB_POLL_BATCH)).isEqualTo(128);
        assertThat(c.getPattern(ConfigKey.TENANT_REGEX).matcher("t1:u").find()).isTrue();
        assertThat(c.isSet(ConfigKey.POOL_IDLE_TTL_SECS)).isTrue();
        assertThat(c.isSet(ConfigKey.MAX_FRAME_SIZE)).isFalse();
    }

    @Test
    void yamlOverridesDefaultsAndEnvironmentOverridesYaml() throws IOException {
        Map<String, String> env = withYaml("""
                mysql_addr: "db.example:3307"
                mysql_database: fromyaml
                pool:
                  max_connections: 32
                server:
                  max_frame_size: 4096
                  tcp_nodelay: false
                """);
        env.put("REDIS_MYSQL_POOL_MAX_CONNECTIONS", "8");
        env.put("REDIS_MYSQL_BIND", "[::1]:7000");
        env.put("PATH", "/usr/bin"); // other variables are ignored
        ServerConfig c = ConfigLoader.load(env);
        assertThat(c.getAddress(ConfigKey.MYSQL_ADDR)).isEqualTo(new HostPort("db.example", 3307));
        assertThat(c.getString(ConfigKey.MYSQL_DATABASE)).isEqualTo("fromyaml");
        assertThat(c.getInt(ConfigKey.POOL_MAX_CONNECTIONS)).isEqualTo(8);
        assertThat(c.getInt(ConfigKey.MAX_FRAME_SIZE)).isEqualTo(4096);
        assertThat(c.getBoolean(ConfigKey.TCP_NODELAY)).isFalse();
        assertThat(c.getAddress(ConfigKey.BIND_ADDR)).isEqualTo(new HostPort("::1", 7000));
        assertThat(c.getAddress(ConfigKey.BIND_ADDR).toString()).isEqualTo("[::1]:7000");
        assertThat(c.getInt(ConfigKey.POOL_IDLE_TTL_SECS)).isEqualTo(600);
    }

    @Test
    void environmentOnly() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REDIS_MYSQL_ADDR", "127.0.0.1:3306");
        env.put("REDIS_MYSQL_INCR_RETRY_DEADLINE_MS", "100");
        env.put("REDIS_MYSQL_CONFIG", ""); // the README's "Full example" sets it empty
        ServerConfig c = ConfigLoader.load(env);
        assertThat(c.embedded()).isFalse();
        assertThat(c.getInt(ConfigKey.INCR_RETRY_DEADLINE_MS)).isEqualTo(100);
    }

    @Test
    void missingMysqlAddrMeansEmbedded() throws IOException {
        assertThat(ConfigLoader.load(Map.of()).embedded()).isTrue();
        assertThat(ConfigLoader.load(withYaml("mysql_database: x\n")).embedded()).isTrue();
        assertThat(ConfigLoader.load(Map.of("REDIS_MYSQL_ADDR", "h:1")).embedded()).isFalse();
    }

    @Test
    void emptyYamlFileIsDefaults() throws IOException {
        ServerConfig c = ConfigLoader.load(withYaml(""));
        assertThat(c.getInt(ConfigKey.POOL_MAX_CONNECTIONS)).isEqualTo(16);
    }

    // ---- errors ----

    @Test
    void unknownYamlKey() throws IOException {
        assertThat(fails(withYaml("pool:\n  max_conections: 3\n")).getMessage()).contains("pool.max_conections");
        assertThat(fails(withYaml("bind: \"0.0.0.0:1\"\n")).getMessage()).contains("'bind'");
    }

    @Test
    void unknownYamlSection() throws IOException {
        assertThat(fails(withYaml("poool:\n  max_connections: 3\n")).getMessage()).contains("poool");
        // a key used as a section
        assertThat(fails(withYaml("mysql_addr:\n  host: x\n")).getMessage()).contains("mysql_addr");
    }

    @Test
    void unknownEnvironmentVariable() {
        assertThat(fails(Map.of("REDIS_MYSQL_POOL_MAX_CONNECTION", "3")).getMessage())
                .contains("REDIS_MYSQL_POOL_MAX_CONNECTION");
    }

    @Test
    void valueWithUnit() throws IOException {
        assertThat(fails(Map.of("REDIS_MYSQL_POOL_CONNECT_TIMEOUT_MS", "5s")).getMessage())
                .contains("REDIS_MYSQL_POOL_CONNECT_TIMEOUT_MS").contains("5s");
        assertThat(fails(withYaml("pool:\n  connect_timeout_ms: 5s\n")).getMessage())
                .contains("pool.connect_timeout_ms");
    }

    @Test
    void fraction() throws IOException {
        assertThat(fails(Map.of("REDIS_MYSQL_PUBSUB_POLL_MS", "1.5")).getMessage()).contains("REDIS_MYSQL_PUBSUB_POLL_MS");
        assertThat(fails(withYaml("pubsub:\n  poll_ms: 1.5\n")).getMessage()).contains("pubsub.poll_ms");
    }

    @Test
    void negativeAndZeroNumbers() throws IOException {
        assertThat(fails(Map.of("REDIS_MYSQL_SET_RETRY_BACKOFF_MAX_MS", "-1")).getMessage())
                .contains("REDIS_MYSQL_SET_RETRY_BACKOFF_MAX_MS");
        assertThat(fails(withYaml("string_set_retry:\n  max_attempts: -3\n")).getMessage())
                .contains("string_set_retry.max_attempts");
        assertThat(fails(Map.of("REDIS_MYSQL_POOL_MAX_CONNECTIONS", "0")).getMessage())
                .contains("REDIS_MYSQL_POOL_MAX_CONNECTIONS");
        assertThat(fails(Map.of("REDIS_MYSQL_MAX_FRAME_SIZE", "99999999999")).getMessage())
                .contains("REDIS_MYSQL_MAX_FRAME_SIZE");
        // zero is fine where the key allows it
        assertThat(ConfigLoader.load(Map.of("REDIS_MYSQL_SET_RETRY_BACKOFF_BASE_MS", "0"))
                .getInt(ConfigKey.SET_RETRY_BACKOFF_BASE_MS)).isZero();
    }

    @Test
    void badBoolean() throws IOException {
        assertThat(fails(Map.of("REDIS_MYSQL_TCP_NODELAY", "yes please")).getMessage()).contains("REDIS_MYSQL_TCP_NODELAY");
        assertThat(fails(withYaml("server:\n  tcp_nodelay: 3\n")).getMessage()).contains("server.tcp_nodelay");
        assertThat(ConfigLoader.load(Map.of("REDIS_MYSQL_TCP_NODELAY", "FALSE")).getBoolean(ConfigKey.TCP_NODELAY)).isFalse();
    }

    @Test
    void badAddress() throws IOException {
        for (String bad : new String[] {"localhost", "localhost:", ":6380", "host:port", "host:70000", "host:-1"}) {
            assertThat(fails(Map.of("REDIS_MYSQL_ADDR", bad)).getMessage()).as(bad).contains("REDIS_MYSQL_ADDR");
        }
        assertThat(fails(withYaml("bind_addr: nowhere\n")).getMessage()).contains("bind_addr");
    }

    @Test
    void badRegex() throws IOException {
        assertThat(fails(Map.of("REDIS_MYSQL_TENANT_REGEX", "^(?P<tenant>[^:]+")).getMessage())
                .contains("REDIS_MYSQL_TENANT_REGEX");
        assertThat(fails(withYaml("auth:\n  tenant_regex: \"([\"\n")).getMessage()).contains("auth.tenant_regex");
    }

    @Test
    void emptyYamlValue() throws IOException {
        assertThat(fails(withYaml("mysql_database:\n")).getMessage()).contains("mysql_database");
    }

    @Test
    void unreadableOrMalformedFile() throws IOException {
        Map<String, String> env = Map.of(ConfigLoader.CONFIG_ENV, dir.resolve("missing.yaml").toString());
        assertThat(fails(env).getMessage()).contains("missing.yaml");
        assertThat(fails(withYaml("a: [unclosed\n")).getMessage()).contains("redis-on-mysql.yaml");
        assertThat(fails(withYaml("- just\n- a list\n")).getMessage()).contains("mapping");
    }
}
