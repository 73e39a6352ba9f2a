package org.redisonmysql.server.scripting;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.luaj.vm2.LuaDouble;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Redis's conversions between Lua values and replies (script_lua.c): a script's return value to a
 * reply, and a command's reply to the Lua value redis.call returns. Replies are opaque writers, so
 * a command's reply is encoded in the script's protocol (redis.setresp) and read back.
 */
final class LuaReplies {
    private LuaReplies() {
    }

    /** luaReplyToRedisReply: the reply of a script's return value. */
    static Reply toReply(LuaValue v, int resp) {
        switch (v.type()) {
            case LuaValue.TSTRING:
                return Replies.bulk(bytes(v));
            case LuaValue.TBOOLEAN:
                if (resp == 2) {
                    return v.toboolean() ? Replies.ONE : Replies.NULL_BULK;
                }
                return Replies.bool(v.toboolean());
            case LuaValue.TNUMBER:
                return Replies.integer(v.isinttype() ? v.tolong() : LuaNumbers.truncate(v.todouble()));
            case LuaValue.TTABLE:
                return tableToReply((LuaTable) v, resp);
            default:
                return Replies.NULL_BULK;
        }
    }

    private static Reply tableToReply(LuaTable t, int resp) {
        LuaValue err = t.rawget("err");
        if (err.type() == LuaValue.TSTRING) {
            return Replies.error(oneLine(latin1(err)));
        }
        LuaValue ok = t.rawget("ok");
        if (ok.type() == LuaValue.TSTRING) {
            return Replies.simple(oneLine(latin1(ok)));
        }
        LuaValue dbl = t.rawget("double");
        if (dbl.type() == LuaValue.TNUMBER) {
            return Replies.doubleValue(dbl.todouble());
        }
        LuaValue map = t.rawget("map");
        if (map.istable()) {
            List<Reply> items = new ArrayList<>();
            LuaValue k = LuaValue.NIL;
            while (true) {
                org.luaj.vm2.Varargs n = ((LuaTable) map).next(k);
                if ((k = n.arg1()).isnil()) {
                    break;
                }
                items.add(toReply(k, resp));
                items.add(toReply(n.arg(2), resp));
            }
            return Replies.map(items);
        }
        LuaValue set = t.rawget("set");
        if (set.istable()) {
            List<Reply> items = new ArrayList<>();
            LuaValue k = LuaValue.NIL;
            while (true) {
                org.luaj.vm2.Varargs n = ((LuaTable) set).next(k);
                if ((k = n.arg1()).isnil()) {
                    break;
                }
                items.add(toReply(k, resp));
            }
            return Replies.set(items);
        }
        List<Reply> items = new ArrayList<>();
        for (int j = 1; ; j++) {
            LuaValue item = t.rawget(j);
            if (item.isnil()) {
                break;
            }
            items.add(toReply(item, resp));
        }
        return Replies.array(items);
    }

    /** A command's reply as the Lua value redis.call returns ({err=...} for an error reply). */
    static LuaValue toLua(Reply reply, int resp) {
        RespWriter writer = new RespWriter(UnpooledByteBufAllocator.DEFAULT, resp);
        reply.writeTo(writer);
        ByteBuf buf = writer.finishAsOne();
        try {
            return parse(buf);
        } finally {
            buf.release();
        }
    }

    private static LuaValue parse(ByteBuf in) {
        byte type = in.readByte();
        String line = readLine(in);
        switch (type) {
            case '+':
                return table("ok", LuaValue.valueOf(line.getBytes(StandardCharsets.ISO_8859_1)));
            case '-':
                return table("err", LuaValue.valueOf(line.getBytes(StandardCharsets.ISO_8859_1)));
            case ':':
                return LuaValue.valueOf(Long.parseLong(line));
            case '$':
            case '=': {
                int len = Integer.parseInt(line);
                if (len < 0) {
                    return LuaValue.FALSE;
                }
                byte[] b = new byte[len];
                in.readBytes(b);
                in.skipBytes(2);
                if (type == '=') {
                    LuaTable verbatim = new LuaTable();
                    verbatim.rawset("format", LuaValue.valueOf(new String(b, 0, 3, StandardCharsets.ISO_8859_1)));
                    verbatim.rawset("string", LuaValue.valueOf(java.util.Arrays.copyOfRange(b, 4, b.length)));
                    return table("verbatim_string", verbatim);
                }
                return LuaValue.valueOf(b);
            }
            case '*':
            case '~':
            case '>': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return LuaValue.FALSE;
                }
                LuaTable t = new LuaTable(n, 0);
                for (int i = 1; i <= n; i++) {
                    LuaValue item = parse(in);
                    if (type == '~') {
                        t.rawset(item, LuaValue.TRUE);
                    } else {
                        t.rawset(i, item);
                    }
                }
                return type == '~' ? table("set", t) : t;
            }
            case '%': {
                int n = Integer.parseInt(line);
                LuaTable t = new LuaTable();
                for (int i = 0; i < n; i++) {
                    LuaValue k = parse(in);
                    t.rawset(k, parse(in));
                }
                return table("map", t);
            }
            case '_':
                return LuaValue.NIL;
            case '#':
                return LuaValue.valueOf("t".equals(line));
            case ',':
                return table("double", LuaDouble.valueOf(parseDouble(line)));
            case '(':
                return table("big_number", LuaValue.valueOf(line));
            default:
                throw new IllegalStateException("unexpected reply type " + (char) type);
        }
    }

    private static double parseDouble(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private static String readLine(ByteBuf in) {
        int end = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\r');
        String s = in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1);
        in.readerIndex(end + 2);
        return s;
    }

    static LuaTable table(String field, LuaValue value) {
        LuaTable t = new LuaTable();
        t.rawset(field, value);
        return t;
    }

    static byte[] bytes(LuaValue v) {
        org.luaj.vm2.LuaString s = v.checkstring();
        byte[] b = new byte[s.m_length];
        System.arraycopy(s.m_bytes, s.m_offset, b, 0, s.m_length);
        return b;
    }

    static String latin1(LuaValue v) {
        return new String(bytes(v), StandardCharsets.ISO_8859_1);
    }

    /** Redis keeps error and status replies on one line. */
    static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
