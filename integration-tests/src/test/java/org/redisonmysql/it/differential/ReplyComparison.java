package org.redisonmysql.it.differential;

import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.command.RedisCommandCatalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Byte-for-byte comparison, except where Redis itself documents the output as not deterministic
 * (its command tips): {@code nondeterministic_output_order} compares an array's elements as a
 * multiset; {@code nondeterministic_output} (RANDOMKEY, SPOP, ...) compares only the reply's type
 * unless it is an error, which must match exactly.
 */
final class ReplyComparison {
    private ReplyComparison() {
    }

    static boolean equivalent(byte[][] args, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return true;
        }
        if (expected.length == 0 || actual.length == 0 || expected[0] == '-' || actual[0] == '-') {
            return false;
        }
        List<String> tips = tips(args);
        if (tips.contains("nondeterministic_output")) {
            return expected[0] == actual[0];
        }
        if (tips.contains("nondeterministic_output_order") && expected[0] == '*' && actual[0] == '*') {
            return sortedElements(expected).equals(sortedElements(actual));
        }
        return false;
    }

    private static List<String> tips(byte[][] args) {
        String name = new String(args[0], StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        RedisCommandCatalogue catalogue = RedisCommandCatalogue.get();
        if (!catalogue.contains(name)) {
            return List.of();
        }
        CommandSpec spec = catalogue.spec(name);
        if (!spec.subcommands().isEmpty() && args.length > 1) {
            String full = name + "|" + new String(args[1], StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (catalogue.contains(full)) {
                spec = catalogue.spec(full);
            }
        }
        return spec.tips();
    }

    /** The top-level elements of an array reply, sorted. */
    private static List<String> sortedElements(byte[] reply) {
        int[] pos = {0};
        String header = line(reply, pos);
        int n = Integer.parseInt(header.substring(1));
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = pos[0];
            skipValue(reply, pos);
            elements.add(new String(reply, start, pos[0] - start, StandardCharsets.ISO_8859_1));
        }
        elements.sort(Comparator.naturalOrder());
        return elements;
    }

    private static void skipValue(byte[] reply, int[] pos) {
        String l = line(reply, pos);
        char type = l.charAt(0);
        int n = (type == '$' || type == '*' || type == '%' || type == '~' || type == '=') ? Integer.parseInt(l.substring(1)) : 0;
        if (type == '$' || type == '=') {
            if (n >= 0) {
                pos[0] += n + 2;
            }
        } else if (type == '*' || type == '~') {
            for (int i = 0; i < n; i++) {
                skipValue(reply, pos);
            }
        } else if (type == '%') {
            for (int i = 0; i < 2 * n; i++) {
                skipValue(reply, pos);
            }
        }
    }

    private static String line(byte[] reply, int[] pos) {
        int start = pos[0];
        while (!(reply[pos[0]] == '\r' && reply[pos[0] + 1] == '\n')) {
            pos[0]++;
        }
        String l = new String(reply, start, pos[0] - start, StandardCharsets.ISO_8859_1);
        pos[0] += 2;
        return l;
    }
}
