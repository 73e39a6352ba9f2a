package org.example.hello;

import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.command.CommandSpec;

/**
 * An example command module, built as its own jar: drop hello-plugin.jar into the server's
 * plugins/ directory and HELLO.GREET exists. See docs/plugins.md.
 */
public final class HelloPluginModule extends CommandModule {
    static final CommandSpec GREET = CommandSpec.builder("hello.greet")
            .arity(-1)
            .flags("readonly", "fast")
            .aclCategories("fast", "connection")
            .docs("Greets the caller, or the given name", "0.1.0", "example", "O(1)")
            .build();

    @Override
    public String name() {
        return "hello-plugin";
    }

    @Override
    protected void configure() {
        commands().add(GREET, GreetCommand.class);
    }
}
