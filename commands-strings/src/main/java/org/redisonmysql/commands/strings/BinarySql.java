package org.redisonmysql.commands.strings;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigInteger;

/**
 * The byte-string functions the string statements compute with, typed for binary values (jOOQ's
 * own helpers are typed for text). MySQL and MariaDB spell all of them alike; on binary strings
 * they count and cut bytes.
 */
final class BinarySql {
    private BinarySql() {
    }

    static Field<Long> length(Field<byte[]> value) {
        return DSL.function("length", SQLDataType.BIGINT, value);
    }

    /** SUBSTRING(value, pos) with a 1-based position. */
    static Field<byte[]> substring(Field<byte[]> value, Field<Long> pos) {
        return DSL.function("substring", SQLDataType.BLOB, value, pos);
    }

    static Field<byte[]> substring(Field<byte[]> value, Field<Long> pos, Field<Long> len) {
        return DSL.function("substring", SQLDataType.BLOB, value, pos, len);
    }

    static Field<byte[]> left(Field<byte[]> value, Field<Long> len) {
        return DSL.function("left", SQLDataType.BLOB, value, len);
    }

    @SafeVarargs
    static Field<byte[]> concat(Field<byte[]>... parts) {
        return DSL.function("concat", SQLDataType.BLOB, parts);
    }

    /** {@code n} zero bytes. */
    static Field<byte[]> zeros(Field<Long> n) {
        return DSL.function("repeat", SQLDataType.BLOB, DSL.inline(new byte[] {0}), n);
    }

    /** LAST_INSERT_ID(expr): returns expr and leaves it for the session's next LAST_INSERT_ID(). */
    static Field<BigInteger> rememberResult(Field<Long> expr) {
        return DSL.function("last_insert_id", SQLDataType.DECIMAL_INTEGER, expr);
    }

    /** The value last remembered by {@link #rememberResult} (64-bit unsigned, read back as signed). */
    static Field<BigInteger> rememberedResult() {
        return DSL.function("last_insert_id", SQLDataType.DECIMAL_INTEGER);
    }

    /** The decimal text of a BIGINT expression, as bytes. */
    static Field<byte[]> decimalText(Field<Long> number) {
        return number.cast(SQLDataType.VARCHAR(20)).cast(SQLDataType.BLOB);
    }

    /** A BIGINT from the decimal text of a binary value (only applied to validated text). */
    static Field<Long> parseLong(Field<byte[]> text) {
        return text.cast(SQLDataType.BIGINT);
    }

    /** 1-based position of {@code needle} in {@code value} (0 when absent). */
    static Field<Long> locate(Field<byte[]> needle, Field<byte[]> value) {
        return DSL.function("locate", SQLDataType.BIGINT, needle, value);
    }

    static Field<Long> locate(Field<byte[]> needle, Field<byte[]> value, long from) {
        return DSL.function("locate", SQLDataType.BIGINT, needle, value, DSL.inline(from));
    }
}
