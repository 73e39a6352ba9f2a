package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JfrHotMethodsTest {
    @Test
    void samplesAreChargedToTheLibraryThatCalledIntoTheJdk() {
        assertThat(JfrHotMethods.isJdk("java.util.HashMap")).isTrue();
        assertThat(JfrHotMethods.isJdk("sun.nio.ch.Net")).isTrue();
        assertThat(JfrHotMethods.isJdk("org.jooq.impl.DSL")).isFalse();
        assertThat(JfrHotMethods.libraryOf("org.jooq.impl.AbstractContext")).startsWith("jOOQ");
        assertThat(JfrHotMethods.libraryOf("com.mysql.cj.NativeSession")).isEqualTo("MySQL Connector/J");
        assertThat(JfrHotMethods.libraryOf("org.redisonmysql.server.net.ClientConnection")).isEqualTo("redis-on-mysql");
        assertThat(JfrHotMethods.libraryOf("org.luaj.vm2.LuaValue")).isEqualTo("org.luaj");
    }
}
