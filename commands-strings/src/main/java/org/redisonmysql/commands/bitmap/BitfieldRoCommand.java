package org.redisonmysql.commands.bitmap;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.StringRepository;

/** BITFIELD_RO key [GET type offset ...]: GETs only, never writes; see {@link BitfieldGeneric}. */
public final class BitfieldRoCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringEditRepository edits;

    @Inject
    public BitfieldRoCommand(StringRepository reads, StringEditRepository edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return BitfieldGeneric.run(reads, edits, ctx, args, true);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
