package org.redisonmysql.server.dispatch;

/**
 * The command the current thread is executing, so that statement observers (the SQL catalogue)
 * can group statements by the command that issued them.
 */
public final class CurrentCommand {
    private static final ThreadLocal<String> NAME = new ThreadLocal<>();

    private CurrentCommand() {
    }

    public static String get() {
        return NAME.get();
    }

    static void set(String fullName) {
        NAME.set(fullName);
    }

    /** For background jobs: what their statements are grouped under. */
    public static void runAs(String name, Runnable work) {
        String previous = NAME.get();
        NAME.set(name);
        try {
            work.run();
        } finally {
            NAME.set(previous);
        }
    }
}
