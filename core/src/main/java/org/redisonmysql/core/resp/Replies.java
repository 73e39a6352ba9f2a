package org.redisonmysql.core.resp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Factories and constants for the common replies. */
public final class Replies {
    public static final Reply OK = simple("OK");
    public static final Reply PONG = simple("PONG");
    public static final Reply QUEUED = simple("QUEUED");
    public static final Reply NULL_BULK = RespWriter::nullBulk;
    public static final Reply NULL_ARRAY = RespWriter::nullArray;
    public static final Reply ZERO = integer(0);
    public static final Reply ONE = integer(1);
    public static final Reply EMPTY_ARRAY = array(List.of());

    private Replies() {
    }

    public static Reply simple(String text) {
        return out -> out.simple(text);
    }

    public static Reply error(String fullMessage) {
        return new ErrorReply(fullMessage);
    }

    /** An error reply ({@code -ERR ...}); a value of its own so that callers can tell errors apart. */
    public record ErrorReply(String fullMessage) implements Reply {
        @Override
        public void writeTo(RespWriter out) {
            out.error(fullMessage);
        }
    }

    public static Reply integer(long value) {
        return out -> out.integer(value);
    }

    public static Reply bool(boolean value) {
        return out -> out.bool(value);
    }

    /** A bulk string, or the null bulk for {@code null}. */
    public static Reply bulk(byte[] value) {
        return value == null ? NULL_BULK : out -> out.bulk(value);
    }

    public static Reply bulk(String value) {
        return value == null ? NULL_BULK : bulk(value.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply doubleValue(double value) {
        return out -> out.doubleValue(value);
    }

    public static Reply verbatim(String text) {
        return out -> out.verbatim(text);
    }

    public static Reply array(List<? extends Reply> items) {
        return out -> {
            out.arrayHeader(items.size());
            for (Reply item : items) {
                item.writeTo(out);
            }
        };
    }

    public static Reply set(List<? extends Reply> items) {
        return out -> {
            out.setHeader(items.size());
            for (Reply item : items) {
                item.writeTo(out);
            }
        };
    }

    /** A map from alternating key and value replies. */
    public static Reply map(List<? extends Reply> keysAndValues) {
        if (keysAndValues.size() % 2 != 0) {
            throw new IllegalArgumentException("a map needs key/value pairs");
        }
        return out -> {
            out.mapHeader(keysAndValues.size() / 2);
            for (Reply item : keysAndValues) {
                item.writeTo(out);
            }
        };
    }

    /** An array of bulk strings ({@code null} elements become null bulks). */
    public static Reply bulks(Collection<byte[]> values) {
        List<Reply> items = new ArrayList<>(values.size());
        for (byte[] value : values) {
            items.add(bulk(value));
        }
        return array(items);
    }

    public static Reply push(List<? extends Reply> items) {
        return out -> {
            out.pushHeader(items.size());
            for (Reply item : items) {
                item.writeTo(out);
            }
        };
    }
}
