package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.time.Instant;
import java.util.List;

/** TIME: seconds and microseconds as two bulk strings (this JVM's clock, not MySQL's). */
public final class TimeCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        Instant now = Instant.now();
        return Replies.array(List.of(Replies.bulk(Long.toString(now.getEpochSecond())),
                Replies.bulk(Long.toString(now.getNano() / 1000))));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
