package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;

/** The reply of a container's HELP: status lines, as Redis's {@code addReplyHelp} sends them. */
public final class HelpReply {
    private HelpReply() {
    }

    public static Reply of(String... lines) {
        List<Reply> items = new ArrayList<>(lines.length);
        for (String l : lines) {
            items.add(Replies.simple(l));
        }
        return Replies.array(items);
    }
}
