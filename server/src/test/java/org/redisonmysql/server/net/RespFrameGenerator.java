package org.redisonmysql.server.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded client input for the decoder fuzz: valid RESP and inline frames together with the command
 * each must decode to, and protocol violations together with the exact error Redis 7 answers
 * (the header tokens below were each sent to redis-server 7.0.15). NUL bytes are left out of
 * header lines and inline commands: Redis looks for line ends with strchr, which stops at a NUL,
 * and this server deliberately does not imitate that.
 */
final class RespFrameGenerator {
    /** What one piece of input must decode to: a command, nothing (empty command), or an error. */
    record Frame(byte[] bytes, byte[][] command, String error, boolean needsCutAfter) {
        static Frame command(byte[] bytes, byte[][] command) {
            return new Frame(bytes, command, null, false);
        }

        static Frame nothing(byte[] bytes) {
            return new Frame(bytes, null, null, false);
        }

        static Frame error(byte[] bytes, String error) {
            return new Frame(bytes, null, error, false);
        }
    }

    /** Header values that are not integers as Redis's string2ll reads them. */
    private static final String[] BAD_NUMBERS = {"x", "", "+1", "1 ", " 1", "01", "1x", "-", "--1", "1-", "0x10",
            "1.0", "99999999999999999999999", "9223372036854775808", "-0", "00", "-01", "1\t", "\u00ff"};
    private static final byte[] EMPTY_FRAMES_ALPHABET = {' ', '\t'};
    private static final String STRUCTURAL = "*$\r\n0123456789-+ \"'\\x:abcPINGSET";

    private final SplittableRandom r;
    private final DecoderLimits limits;
    private final boolean authenticated;

    RespFrameGenerator(SplittableRandom r, DecoderLimits limits, boolean authenticated) {
        this.r = r;
        this.limits = limits;
        this.authenticated = authenticated;
    }

    private int maxArgs() {
        return authenticated ? limits.maxArrayLen() : Math.min(limits.maxArrayLen(), DecoderLimits.UNAUTHENTICATED_MAX_ARGS);
    }

    private int maxBulk() {
        return authenticated ? limits.maxBulkLen() : Math.min(limits.maxBulkLen(), DecoderLimits.UNAUTHENTICATED_MAX_BULK);
    }

    /** A valid frame of any kind. */
    Frame valid() {
        int kind = r.nextInt(100);
        if (kind < 62) {
            return validResp();
        }
        if (kind < 92) {
            return validInline();
        }
        return empty();
    }

    // ---- valid RESP ----

    Frame validResp() {
        int n = 1 + (r.nextInt(20) == 0 ? r.nextInt(maxArgs()) : r.nextInt(Math.min(6, maxArgs())));
        long budget = Math.min(limits.maxFrameSize() - 24L * n - 32, 1L << 20);
        byte[][] args = new byte[n][];
        for (int i = 0; i < n; i++) {
            int len = (int) Math.min(argLength(), Math.max(0, budget));
            budget -= len;
            args[i] = payload(len);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "*" + n + "\r\n");
        for (byte[] a : args) {
            write(out, "$" + a.length + "\r\n");
            out.writeBytes(a);
            if (r.nextInt(50) == 0) {
                // Redis skips the two bytes after a payload without looking at them.
                out.write('A' + r.nextInt(26));
                out.write(r.nextInt(256));
            } else {
                write(out, "\r\n");
            }
        }
        return Frame.command(out.toByteArray(), args);
    }

    private int argLength() {
        int p = r.nextInt(1000);
        int len;
        if (p < 800) {
            len = r.nextInt(17);
        } else if (p < 970) {
            len = 17 + r.nextInt(100);
        } else if (p < 997) {
            len = 117 + r.nextInt(1000);
        } else {
            len = r.nextInt(maxBulk() + 1);
        }
        return Math.min(len, maxBulk());
    }

    private byte[] payload(int len) {
        byte[] b = new byte[len];
        if (r.nextBoolean()) {
            for (int i = 0; i < len; i++) {
                b[i] = (byte) r.nextInt(256);
            }
        } else {
            for (int i = 0; i < len; i++) {
                b[i] = (byte) STRUCTURAL.charAt(r.nextInt(STRUCTURAL.length()));
            }
        }
        return b;
    }

    // ---- valid inline ----

    Frame validInline() {
        int n = 1 + r.nextInt(6);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<byte[]> args = new ArrayList<>();
        if (r.nextInt(5) == 0) {
            line.write(EMPTY_FRAMES_ALPHABET[r.nextInt(2)]);
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                line.write(r.nextBoolean() ? ' ' : '\t');
                int more = r.nextInt(3);
                for (int k = 0; k < more; k++) {
                    line.write(" \t\u000b\f".charAt(r.nextInt(4)));
                }
            }
            ByteArrayOutputStream arg = new ByteArrayOutputStream();
            int quoting = r.nextInt(10);
            if (quoting < 6) {
                plainToken(line, arg, i == 0 && line.size() == 0);
            } else if (quoting < 9) {
                doubleQuoted(line, arg);
            } else {
                singleQuoted(line, arg);
            }
            args.add(arg.toByteArray());
        }
        if (r.nextInt(4) == 0) {
            line.write(' ');
        }
        write(line, r.nextBoolean() ? "\r\n" : "\n");
        return Frame.command(line.toByteArray(), args.toArray(new byte[0][]));
    }

    /** An unquoted token: any byte but blanks, quotes and NUL; \v and \f never first (they are skipped). */
    private void plainToken(ByteArrayOutputStream line, ByteArrayOutputStream arg, boolean startsLine) {
        int len = 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 12);
        for (int i = 0; i < len; i++) {
            int c;
            do {
                c = r.nextBoolean() ? r.nextInt(256) : "abcdefgPINGSETkey:123*$".charAt(r.nextInt(23));
            } while (c == 0 || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\''
                    || (i == 0 && (c == 0x0b || c == '\f' || (startsLine && c == '*'))));
            line.write(c);
            arg.write(c);
        }
    }

    private void doubleQuoted(ByteArrayOutputStream line, ByteArrayOutputStream arg) {
        line.write('"');
        int len = r.nextInt(r.nextInt(10) == 0 ? 200 : 10);
        for (int i = 0; i < len; i++) {
            int c = r.nextInt(256);
            int form = r.nextInt(8);
            arg.write(c);
            if (form == 0 || c == 0 || c == '\r' || c == '\n') {
                write(line, hexEscape(c, r.nextBoolean()));
            } else if (c == '"' || c == '\\') {
                line.write('\\');
                line.write(c);
            } else if (form == 1 && c == '\t') {
                write(line, "\\t");
            } else {
                line.write(c);
            }
        }
        line.write('"');
    }

    private static String hexEscape(int c, boolean upper) {
        String h = String.format("%02x", c);
        return "\\x" + (upper ? h.toUpperCase() : h);
    }

    private void singleQuoted(ByteArrayOutputStream line, ByteArrayOutputStream arg) {
        line.write('\'');
        int len = r.nextInt(10);
        for (int i = 0; i < len; i++) {
            int c;
            do {
                c = r.nextInt(256);
            } while (c == 0 || c == '\r' || c == '\n' || c == '\\');
            arg.write(c);
            if (c == '\'') {
                line.write('\\');
            }
            line.write(c);
        }
        line.write('\'');
    }

    Frame empty() {
        String[] forms = {"*0\r\n", "*-1\r\n", "*-7\r\n", "\r\n", "\n", "   \r\n", "\t\n"};
        return Frame.nothing(forms[r.nextInt(forms.length)].getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- violations ----

    /** Bytes that must end in a protocol error, and its message. */
    Frame violation() {
        // the kinds that need tens of kilobytes of input (4 to 7) are drawn less often
        int kind = r.nextInt(40) == 0 ? 4 + r.nextInt(4) : pick(authenticated ? CHEAP_AUTHENTICATED : CHEAP_UNAUTHENTICATED);
        return switch (kind) {
            case 0 -> Frame.error(latin1("*" + pick(BAD_NUMBERS) + "\r\n"), "invalid multibulk length");
            case 1 -> Frame.error(latin1("*" + (limits.maxArrayLen() + 1L + r.nextInt(1_000_000)) + "\r\n"),
                    "invalid multibulk length");
            case 2 -> notDollar();
            case 3 -> badBulkLength();
            case 4 -> frameTooBig();
            case 5 -> tooLongLine('*', "too big mbulk count string");
            case 6 -> {
                Frame f = tooLongLine(r.nextBoolean() ? '$' : 'a', "too big bulk count string");
                yield new Frame(concat(partialArray(2 + r.nextInt(3)), f.bytes()), null, f.error(), true);
            }
            case 7 -> tooLongLine('P', "too big inline request");
            case 8 -> unbalancedQuotes();
            default -> Frame.error(latin1("*" + (DecoderLimits.UNAUTHENTICATED_MAX_ARGS + 1
                    + r.nextInt(Math.max(1, limits.maxArrayLen() - DecoderLimits.UNAUTHENTICATED_MAX_ARGS))) + "\r\n"),
                    limits.maxArrayLen() > DecoderLimits.UNAUTHENTICATED_MAX_ARGS ? "unauthenticated multibulk length"
                            : "invalid multibulk length");
        };
    }

    /** "*n\r\n" then fewer than n valid arguments: the next argument header is the one that fails. */
    private byte[] partialArray(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "*" + n + "\r\n");
        int given = r.nextInt(n);
        for (int i = 0; i < given; i++) {
            byte[] a = payload(r.nextInt(20));
            write(out, "$" + a.length + "\r\n");
            out.writeBytes(a);
            write(out, "\r\n");
        }
        return out.toByteArray();
    }

    private Frame notDollar() {
        int c;
        do {
            c = r.nextInt(256);
        } while (c == '$' || c == 0);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.write(c);
        int filler = r.nextInt(6);
        for (int i = 0; i < filler; i++) {
            int f;
            do {
                f = r.nextInt(256);
            } while (f == 0 || f == '\r');
            line.write(f);
        }
        write(line, c == '\r' ? "\n" : "\r\n");
        char shown = c == '\r' || c == '\n' ? ' ' : (char) c;
        return Frame.error(concat(partialArray(1 + r.nextInt(4)), line.toByteArray()), "expected '$', got '" + shown + "'");
    }

    private Frame badBulkLength() {
        String len;
        String error = "invalid bulk length";
        int p = r.nextInt(4);
        if (p == 0) {
            len = pick(BAD_NUMBERS);
        } else if (p == 1) {
            len = "-" + (1 + r.nextInt(1000));
        } else if (p == 2 || authenticated || limits.maxBulkLen() <= DecoderLimits.UNAUTHENTICATED_MAX_BULK) {
            len = String.valueOf(limits.maxBulkLen() + 1L + r.nextInt(Integer.MAX_VALUE));
        } else {
            len = String.valueOf(DecoderLimits.UNAUTHENTICATED_MAX_BULK + 1
                    + r.nextInt(limits.maxBulkLen() - DecoderLimits.UNAUTHENTICATED_MAX_BULK));
            error = "unauthenticated bulk length";
        }
        return Frame.error(concat(partialArray(1 + r.nextInt(4)), latin1("$" + len + "\r\n")), error);
    }

    /** Arguments whose declared sizes add up past max_frame_size: refused at the header that crosses it. */
    private Frame frameTooBig() {
        int each = Math.min(maxBulk(), (int) Math.min(Integer.MAX_VALUE, limits.maxFrameSize()));
        int n = (int) Math.min(maxArgs(), limits.maxFrameSize() / Math.max(1, each / 2) + 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String header = "*" + n + "\r\n";
        write(out, header);
        long frame = header.length();
        for (int i = 0; i < n; i++) {
            int len = each / 2 + r.nextInt(each / 2 + 1);
            String h = "$" + len + "\r\n";
            frame += h.length() + len + 2L;
            write(out, h);
            if (frame > limits.maxFrameSize()) {
                return Frame.error(out.toByteArray(), "request exceeds the configured max_frame_size");
            }
            out.writeBytes(payload(len));
            write(out, "\r\n");
        }
        // these limits leave no room to cross max_frame_size with valid arguments: another violation
        return violationWithoutFrameLimit();
    }

    private Frame violationWithoutFrameLimit() {
        return Frame.error(latin1("*" + pick(BAD_NUMBERS) + "\r\n"), "invalid multibulk length");
    }

    /** A header or inline line longer than Redis's 64 KB inline limit, with no line end yet. */
    private Frame tooLongLine(char first, String error) {
        int len = DecoderLimits.INLINE_MAX + r.nextInt(5000);
        byte[] b = new byte[len];
        b[0] = (byte) first;
        for (int i = 1; i < len; i++) {
            int c;
            do {
                c = r.nextBoolean() ? '0' + r.nextInt(10) : r.nextInt(256);
            } while (c == 0 || c == '\r' || c == '\n');
            b[i] = (byte) c;
        }
        // The bytes after this must arrive in a later read: with a line end in the same read the
        // line would be complete (Redis too sees only what one read brought).
        return new Frame(b, null, error, true);
    }

    private Frame unbalancedQuotes() {
        String[] broken = {"\"abc", "'abc", "\"a\"b", "'a'b", "\"a\\\"", "\"", "'", "x \"y"};
        return Frame.error(latin1(pick(new String[] {"SET", "ECHO", "get"}) + " " + pick(broken)
                + (r.nextBoolean() ? "\r\n" : "\n")), "unbalanced quotes in request");
    }

    // ---- noise ----

    /** Random bytes, sometimes biased towards RESP's structural characters. */
    byte[] garbage() {
        byte[] b = new byte[1 + r.nextInt(r.nextInt(20) == 0 ? 5000 : 300)];
        boolean structural = r.nextBoolean();
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (structural ? STRUCTURAL.charAt(r.nextInt(STRUCTURAL.length())) : r.nextInt(256));
        }
        return b;
    }

    private static final int[] CHEAP_AUTHENTICATED = {0, 1, 2, 3, 8};
    private static final int[] CHEAP_UNAUTHENTICATED = {0, 1, 2, 3, 8, 9};

    private int pick(int[] options) {
        return options[r.nextInt(options.length)];
    }

    private String pick(String[] options) {
        return options[r.nextInt(options.length)];
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(latin1(s));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
