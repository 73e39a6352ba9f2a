package org.example.hello;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.nio.charset.StandardCharsets;

/** HELLO.GREET [name]: "Hello, name!" (the connection's user when no name is given). */
public final class GreetCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() > 2) {
            throw Errors.syntax();
        }
        String who = args.size() == 2 ? args.text(1) : ctx.session().user();
        return Replies.bulk(("Hello, " + who + "!").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
