package org.redisonmysql.core.command;

import org.redisonmysql.core.resp.Reply;

import java.util.List;

/**
 * A command that can serve several pipelined calls of itself in fewer statements: consecutive GETs
 * as one multi-key read, consecutive plain SETs as one multi-row upsert. The dispatcher hands it a
 * run of consecutive calls of this command from one connection, all inside one unit of work that
 * commits before any of the replies leaves. The replies must be exactly those the calls would have
 * given one after the other.
 */
public interface BatchableCommand extends CommandHandler {
    /**
     * The replies of {@code calls}, in order, or null to decline (the calls then run one by one,
     * still in the same unit of work). A Redis error of one call is that call's error reply.
     */
    List<Reply> executeBatch(CommandContext ctx, List<CommandArgs> calls);
}
