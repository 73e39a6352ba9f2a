package org.redisonmysql.core.command;

import java.util.Objects;

/** One command a module contributes: its spec, its handler class and the module's name (for errors). */
public record CommandRegistration(CommandSpec spec, Class<? extends CommandHandler> handler, String module) {
    public CommandRegistration {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(module, "module");
    }
}
