package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.server.dispatch.CommandTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds registered commands by name ({@code get}, {@code client|list}) or by command line. */
final class CommandLookup {
    private CommandLookup() {
    }

    /** By full name as COMMAND INFO/DOCS accept it; null when unknown. */
    static CommandTable.Entry byName(CommandTable table, String fullName) {
        String name = fullName.toLowerCase(Locale.ROOT);
        int bar = name.indexOf('|');
        if (bar < 0) {
            return table.lookup(name);
        }
        CommandTable.Entry container = table.lookup(name.substring(0, bar));
        return container == null ? null : container.subcommands().get(name.substring(bar + 1));
    }

    /** By a command line (argv[0] the command, argv[1] the subcommand of a container); null if unknown. */
    static CommandTable.Entry byArgv(CommandTable table, byte[][] argv) {
        CommandTable.Entry e = table.lookup(new String(argv[0], StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
        if (e == null || !e.isContainer() || argv.length < 2) {
            return e;
        }
        return e.subcommands().get(new String(argv[1], StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
    }

    /** Every command and then its subcommands, as COMMAND LIST walks them. */
    static List<CommandTable.Entry> allWithSubcommands(CommandTable table) {
        List<CommandTable.Entry> out = new ArrayList<>();
        for (CommandTable.Entry e : table.all()) {
            out.add(e);
            out.addAll(e.subcommands().values());
        }
        return out;
    }
}
