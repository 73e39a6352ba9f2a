package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * Redis's count hook (luaMaskCountHook) for luaj: every {@link #CHECK_EVERY} instructions the
 * sandbox checks the clock and the kill flag ({@link LuaSandbox#checkInterrupt()}). Installed as
 * luaj's {@code globals.debuglib} (the only hook luaj has) without the {@code debug} table, and with
 * the call-stack bookkeeping of DebugLib turned off, so each instruction costs a decrement.
 *
 * <p>One side effect of luaj: with a debuglib set, an error's message gets {@code "\n" +
 * traceback()} appended; {@link #traceback} is empty, so exactly one trailing newline is added,
 * which {@link #withoutTraceback} removes where messages are read.
 */
final class InstructionHook extends DebugLib {
    static final int CHECK_EVERY = 10_000;

    private final LuaSandbox box;
    private int countdown = CHECK_EVERY;

    InstructionHook(LuaSandbox box) {
        this.box = box;
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        if (--countdown > 0) {
            return;
        }
        countdown = CHECK_EVERY;
        box.checkInterrupt();
    }

    /** After a kill: check at every instruction, so pcall cannot swallow the kill (as Redis's line hook). */
    void checkEveryInstruction() {
        countdown = 1;
    }

    void reset() {
        countdown = CHECK_EVERY;
    }

    @Override
    public void onCall(LuaFunction f) {
        // no call-stack bookkeeping
    }

    @Override
    public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
        // no call-stack bookkeeping
    }

    @Override
    public void onReturn() {
        // no call-stack bookkeeping
    }

    @Override
    public String traceback(int level) {
        return "";
    }

    /** The message luaj built, without the newline the (empty) traceback added. */
    static String withoutTraceback(String message) {
        return message != null && message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
    }

    /**
     * A string error's message object as Lua 5.1 writes it ("user_script:3: msg": luaj writes
     * "@user_script:3 msg") and without that newline; other objects (tables) unchanged.
     */
    static LuaValue messageObject(LuaError e) {
        String bare = ReadOnlyTableError.unpositionedMessage(e);
        if (bare != null) {
            return LuaValue.valueOf(bare);
        }
        LuaValue m = e.getMessageObject();
        if (m != null && m.type() == LuaValue.TSTRING) {
            LuaString s = m.checkstring();
            int n = s.rawlen();
            if (n > 0 && s.luaByte(n - 1) == '\n') {
                s = s.substring(0, n - 1);
            }
            String text = LuaReplies.latin1(s);
            java.util.regex.Matcher where = POSITION.matcher(text);
            if (where.lookingAt()) {
                return LuaValue.valueOf((where.group(1) + ": " + text.substring(where.end()))
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return s;
        }
        return m;
    }

    private static final java.util.regex.Pattern POSITION =
            java.util.regex.Pattern.compile("@(user_script:\\d+|user_function:\\d+) ");
}
