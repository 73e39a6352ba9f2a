package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.CommandModule;

/** Connection commands: PING, ECHO, QUIT, RESET, AUTH, HELLO, SELECT. */
public final class ConnectionCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "connection";
    }

    @Override
    protected void configure() {
        commands()
                .add("ping", PingCommand.class)
                .add("echo", EchoCommand.class)
                .add("quit", QuitCommand.class)
                .add("reset", ResetCommand.class)
                .add("auth", AuthCommand.class)
                .add("hello", HelloCommand.class)
                .add("select", SelectCommand.class);
    }
}
