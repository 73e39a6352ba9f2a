package org.redisonmysql.core.command;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;

import java.util.Objects;

/**
 * The one-line way for a module to contribute commands, so that no module touches Guice
 * multibinders itself:
 * <pre>{@code commands().add("get", GetCommand.class).add("set", SetCommand.class);}</pre>
 * Redis's own commands take their spec from {@link RedisCommandCatalogue}; others pass a
 * {@link CommandSpec} built with {@link CommandSpec#builder}.
 */
public final class Commands {
    private final Binder binder;
    private final Multibinder<CommandRegistration> registrations;
    private final String module;

    private Commands(Binder binder, String module) {
        this.binder = binder;
        this.module = Objects.requireNonNull(module, "module");
        this.registrations = Multibinder.newSetBinder(binder, CommandRegistration.class);
    }

    public static Commands bind(Binder binder, String module) {
        return new Commands(binder.skipSources(Commands.class), module);
    }

    /** Registers Redis's command (or {@code container|subcommand}) with Redis's own spec. */
    public Commands add(String redisCommand, Class<? extends CommandHandler> handler) {
        return add(RedisCommandCatalogue.get().spec(redisCommand), handler);
    }

    public Commands add(CommandSpec spec, Class<? extends CommandHandler> handler) {
        binder.bind(handler).in(Scopes.SINGLETON);
        registrations.addBinding().toInstance(new CommandRegistration(spec, handler, module));
        return this;
    }
}
