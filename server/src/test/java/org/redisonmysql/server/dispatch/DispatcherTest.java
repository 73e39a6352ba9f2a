package org.redisonmysql.server.dispatch;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.zaxxer.hikari.HikariDataSource;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.command.CommandRegistration;
import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.net.ClientConnection;
import org.redisonmysql.server.net.ConnectionRegistry;
import org.redisonmysql.server.net.ConnectionSettings;

import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatcherTest {
    // ---- test handlers and modules ----

    public static final class GetHandler implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.bulk(args.get(1));
        }
    }

    public static final class AuthHandler implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.OK;
        }
    }

    public static final class SetNameHandler implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.OK;
        }
    }

    public static final class FailHandler implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            throw new RedisException("ERR custom\r\nfailure: " + args.text(1));
        }
    }

    public static final class OtherGetHandler implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.OK;
        }
    }

    public static final class ModuleA extends CommandModule {
        @Override
        public String name() {
            return "test-module-a";
        }

        @Override
        protected void configure() {
            commands().add("get", GetHandler.class)
                    .add("auth", AuthHandler.class)
                    .add("client|setname", SetNameHandler.class)
                    .add(CommandSpec.builder("fail").arity(-2).build(), FailHandler.class);
        }
    }

    public static final class ModuleB extends CommandModule {
        @Override
        public String name() {
            return "test-module-b";
        }

        @Override
        protected void configure() {
            commands().add("get", OtherGetHandler.class);
        }
    }

    // ---- fixture ----

    private EmbeddedChannel channel;
    private ClientConnection session;
    private Dispatcher dispatcher;
    private CommandStats stats;

    private static CommandTable table(Module... modules) {
        Injector injector = Guice.createInjector(modules);
        Set<CommandRegistration> regs = injector.getInstance(Key.get(new TypeLiteral<Set<CommandRegistration>>() { }));
        return CommandTable.build(regs, injector);
    }

    @BeforeEach
    void setUp() {
        stats = new CommandStats();
        dispatcher = new Dispatcher(table(new ModuleA()), new RetryPolicy(3, 1, 16, 0), new RetryPolicy(64, 1, 16, 2000), stats);
        channel = new EmbeddedChannel();
        ConnectionRegistry registry = new ConnectionRegistry();
        session = new ClientConnection(registry.nextId(), channel, dispatcher, Runnable::run,
                ConnectionSettings.from(ServerConfig.defaults()), registry);
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    private static byte[][] argv(String... args) {
        byte[][] out = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i].getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    private static String encode(Reply reply) {
        RespWriter w = new RespWriter(UnpooledByteBufAllocator.DEFAULT, 2);
        reply.writeTo(w);
        ByteBuf buf = w.finishAsOne();
        try {
            return new String(ByteBufUtil.getBytes(buf), StandardCharsets.ISO_8859_1);
        } finally {
            buf.release();
        }
    }

    private String run(String... args) {
        return encode(dispatcher.execute(session, argv(args)));
    }

    private void authenticate() throws Exception {
        Constructor<UserPool> c = UserPool.class.getDeclaredConstructor(String.class, byte[].class,
                HikariDataSource.class, SQLDialect.class);
        c.setAccessible(true);
        session.authenticate("alice", "t1", c.newInstance("alice", new byte[0], null, SQLDialect.MYSQL));
    }

    // ---- tests ----

    @Test
    void unknownCommandQuotesItsFirstArguments() {
        assertThat(run("foo", "a", "b")).isEqualTo("-ERR unknown command 'foo', with args beginning with: 'a' 'b' \r\n");
        assertThat(run("foo")).isEqualTo("-ERR unknown command 'foo', with args beginning with: \r\n");
    }

    @Test
    void unknownCommandIsReportedBeforeAuthentication() {
        assertThat(session.authenticated()).isFalse();
        assertThat(run("FOO", "x")).isEqualTo("-ERR unknown command 'FOO', with args beginning with: 'x' \r\n");
    }

    @Test
    void unknownCommandErrorTextHasNoCrLf() {
        assertThat(run("foo", "a\r\nb", "c\nd")).isEqualTo("-ERR unknown command 'foo', with args beginning with: 'a  b' 'c d' \r\n");
        assertThat(run("fo\r\no")).isEqualTo("-ERR unknown command 'fo  o', with args beginning with: \r\n");
    }

    @Test
    void unknownCommandTruncatesLongArguments() {
        String reply = run("foo", "x".repeat(300), "second");
        assertThat(reply).isEqualTo("-ERR unknown command 'foo', with args beginning with: '" + "x".repeat(128) + "' \r\n");
        assertThat(run("foo", "x".repeat(100), "y".repeat(100), "z")).isEqualTo(
                "-ERR unknown command 'foo', with args beginning with: '" + "x".repeat(100) + "' '" + "y".repeat(25) + "' \r\n");
    }

    @Test
    void unknownCommandStopsQuotingArgumentsAfter128Bytes() {
        String reply = run("foo", "x".repeat(300), "second");
        assertThat(reply).startsWith("-ERR unknown command 'foo', with args beginning with: 'xxx").doesNotContain("second");
    }

    @Test
    void wrongArityIsCheckedBeforeAuthentication() {
        assertThat(run("GET")).isEqualTo("-ERR wrong number of arguments for 'get' command\r\n");
        assertThat(run("get", "a", "b")).isEqualTo("-ERR wrong number of arguments for 'get' command\r\n");
    }

    @Test
    void noauthBeforeAuthentication() throws Exception {
        assertThat(run("GET", "k")).isEqualTo("-NOAUTH Authentication required.\r\n");
        assertThat(run("fail", "x")).isEqualTo("-NOAUTH Authentication required.\r\n");
        authenticate();
        assertThat(run("GET", "k")).isEqualTo("$1\r\nk\r\n");
    }

    @Test
    void noAuthCommandRunsUnauthenticated() {
        assertThat(dispatcher.table().lookup("auth").spec().hasFlag("no_auth")).isTrue();
        assertThat(run("AUTH", "secret")).isEqualTo("+OK\r\n");
        assertThat(run("auth")).isEqualTo("-ERR wrong number of arguments for 'auth' command\r\n");
    }

    @Test
    void commandNamesAreCaseInsensitive() throws Exception {
        authenticate();
        assertThat(run("gEt", "v")).isEqualTo("$1\r\nv\r\n");
    }

    @Test
    void subcommands() throws Exception {
        authenticate();
        assertThat(run("CLIENT", "x")).isEqualTo("-ERR unknown subcommand 'x'. Try CLIENT HELP.\r\n");
        assertThat(run("client", "a\r\nb")).isEqualTo("-ERR unknown subcommand 'a  b'. Try CLIENT HELP.\r\n");
        assertThat(run("CLIENT")).isEqualTo("-ERR wrong number of arguments for 'client' command\r\n");
        assertThat(run("CLIENT", "SETNAME", "n")).isEqualTo("+OK\r\n");
        assertThat(run("CLIENT", "SETNAME")).isEqualTo("-ERR wrong number of arguments for 'client|setname' command\r\n");
    }

    @Test
    void unknownSubcommandBeforeAuthentication() {
        assertThat(run("CLIENT", "x")).isEqualTo("-ERR unknown subcommand 'x'. Try CLIENT HELP.\r\n");
    }

    @Test
    void handlerRedisExceptionBecomesTheReplyWithCrLfReplaced() throws Exception {
        authenticate();
        assertThat(run("fail", "boom")).isEqualTo("-ERR custom  failure: boom\r\n");
        assertThat(run("fail", "a\nb")).isEqualTo("-ERR custom  failure: a b\r\n");
        assertThat(stats.errorReplies()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void duplicateCommandAcrossModulesNamesBothModules() {
        assertThatThrownBy(() -> table(new ModuleA(), new ModuleB()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'get'")
                .hasMessageContaining("test-module-a")
                .hasMessageContaining("test-module-b");
    }

    @Test
    void tableHoldsContainersWithTheirSubcommands() {
        CommandTable t = dispatcher.table();
        assertThat(t.lookup("client").isContainer()).isTrue();
        assertThat(t.lookup("client").subcommands()).containsOnlyKeys("setname");
        assertThat(t.lookup("get").module()).isEqualTo("test-module-a");
        assertThat(t.lookup("nope")).isNull();
        assertThat(t.size()).isEqualTo(4);
    }
}
