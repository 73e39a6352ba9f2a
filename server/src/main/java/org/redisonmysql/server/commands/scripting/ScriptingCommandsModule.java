package org.redisonmysql.server.commands.scripting;

import org.redisonmysql.core.command.CommandModule;

/** EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FUNCTION, FCALL, FCALL_RO: Lua scripts and functions as MySQL transactions. */
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
                .add("script|kill", ScriptCommands.Kill.class)
                .add("fcall", FcallCommands.Fcall.class)
                .add("fcall_ro", FcallCommands.FcallRo.class)
                .add("function|load", FunctionCommands.Load.class)
                .add("function|delete", FunctionCommands.Delete.class)
                .add("function|list", FunctionCommands.ListLibraries.class)
                .add("function|dump", FunctionCommands.Dump.class)
                .add("function|restore", FunctionCommands.Restore.class)
                .add("function|flush", FunctionCommands.Flush.class)
                .add("function|stats", FunctionCommands.Stats.class)
                .add("function|kill", FunctionCommands.Kill.class)
                .add("function|help", FunctionCommands.Help.class);
    }
}
