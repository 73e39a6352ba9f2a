package org.redisonmysql.core.command;

import com.google.inject.AbstractModule;

/**
 * A family of commands: a Guice module found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.redisonmysql.core.command.CommandModule}), on the class path or in a
 * jar in the plugins directory. It must have a public no-argument constructor.
 */
public abstract class CommandModule extends AbstractModule {
    /** The module's name, used in startup errors such as a duplicate command. */
    public String name() {
        return getClass().getName();
    }

    /** The helper to register this module's commands with. */
    protected final Commands commands() {
        return Commands.bind(binder(), name());
    }
}
