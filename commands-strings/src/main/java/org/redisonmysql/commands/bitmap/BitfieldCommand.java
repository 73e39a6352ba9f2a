package org.redisonmysql.commands.bitmap;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.StringRepository;

/** BITFIELD key [GET|SET|INCRBY|OVERFLOW ...]; see {@link BitfieldGeneric}. */
public final class BitfieldCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringEditRepository edits;

    @Inject
    public BitfieldCommand(StringRepository reads, StringEditRepository edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return BitfieldGeneric.run(reads, edits, ctx, args, false);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
