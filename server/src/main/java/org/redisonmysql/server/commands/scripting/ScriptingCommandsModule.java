package org.redisonmysql.server.commands.scripting;

import org.redisonmysql.core.command.CommandModule;

/** EVAL, EVALSHA, EVAL_RO, EVALSHA_RO and SCRIPT: Lua scripts as MySQL transactions. */
public final class ScriptingCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "scripting";
    }

    @Override
    protected void configure() {
        commands()
                .add("eval", EvalCommands.Eval.class)
                .add("evalsha", EvalCommands.EvalSha.class)
                .add("eval_ro", EvalCommands.EvalRo.class)
                .add("evalsha_ro", EvalCommands.EvalShaRo.class)
                .add("script|load", ScriptCommands.Load.class)
                .add("script|exists", ScriptCommands.Exists.class)
                .add("script|flush", ScriptCommands.Flush.class)
                .add("script|kill", ScriptCommands.Kill.class);
    }
}
