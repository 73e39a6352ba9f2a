package org.redisonmysql.commands.bitmap;

import org.redisonmysql.core.command.CommandModule;

/** Bitmaps and BITFIELD: the bits of a string value (Redis stores them as plain strings). */
public final class BitmapCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "bitmap";
    }

    @Override
    protected void configure() {
        commands()
                .add("setbit", SetbitCommand.class)
                .add("getbit", GetbitCommand.class)
                .add("bitcount", BitcountCommand.class)
                .add("bitpos", BitposCommand.class)
                .add("bitop", BitopCommand.class)
                .add("bitfield", BitfieldCommand.class)
                .add("bitfield_ro", BitfieldRoCommand.class);
    }
}
