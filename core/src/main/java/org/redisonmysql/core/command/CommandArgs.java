package org.redisonmysql.core.command;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The arguments of one command as the client sent them (index 0 is the command name). Bytes, never text. */
public final class CommandArgs {
    private final byte[][] argv;

    public CommandArgs(byte[][] argv) {
        this.argv = argv;
    }

    public static CommandArgs of(String... args) {
        byte[][] argv = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
        }
        return new CommandArgs(argv);
    }

    public int size() {
        return argv.length;
    }

    public byte[] get(int index) {
        return argv[index];
    }

    /** The argument as text, for option keywords and names (never for keys or values). */
    public String text(int index) {
        return new String(argv[index], StandardCharsets.UTF_8);
    }

    /** The argument lower-cased as ASCII, for comparing option keywords. */
    public String keyword(int index) {
        return text(index).toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive ASCII comparison with an option keyword, straight on the bytes. */
    public boolean is(int index, String keyword) {
        byte[] a = argv[index];
        if (a.length != keyword.length()) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            int c = a[i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            int k = keyword.charAt(i);
            if (k >= 'A' && k <= 'Z') {
                k += 32;
            }
            if (c != k) {
                return false;
            }
        }
        return true;
    }

    public long longAt(int index) {
        return RedisNumbers.parseLong(argv[index]);
    }

    public double doubleAt(int index) {
        return RedisNumbers.parseDouble(argv[index]);
    }

    /** An int argument in [min, max], else {@code value is not an integer or out of range}. */
    public int intAt(int index, int min, int max) {
        long v = longAt(index);
        if (v < min || v > max) {
            throw Errors.notInteger();
        }
        return (int) v;
    }

    /** Arguments from {@code from} (inclusive) to the end. */
    public List<byte[]> from(int from) {
        return Arrays.asList(Arrays.copyOfRange(argv, from, argv.length));
    }

    public byte[][] raw() {
        return argv;
    }
}
