package org.redisonmysql.commands.bitmap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.redisonmysql.commands.hll.HyperLogLogCommandsModule;
import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.command.CommandRegistration;

import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The two modules are found by ServiceLoader and register exactly the finished commands with Redis's specs. */
class BitmapAndHllModulesTest {

    @Test
    void modulesAreListedForServiceLoader() {
        Set<Class<?>> found = ServiceLoader.load(CommandModule.class).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toSet());
        assertThat(found).contains(BitmapCommandsModule.class, HyperLogLogCommandsModule.class);
    }

    @Test
    void registersTheCommandsWithRedisSpecs() {
        Injector injector = Guice.createInjector(new BitmapCommandsModule(), new HyperLogLogCommandsModule());
        Set<CommandRegistration> regs = injector.getInstance(Key.get(new TypeLiteral<Set<CommandRegistration>>() { }));
        assertThat(regs.stream().map(r -> r.spec().fullName()))
                .containsExactlyInAnyOrder("setbit", "getbit", "bitcount", "bitpos", "bitop", "bitfield", "bitfield_ro",
                        "pfadd", "pfcount", "pfmerge");
        for (CommandRegistration r : regs) {
            assertThat(injector.getInstance(r.handler())).isNotNull();
        }
        CommandRegistration setbit = regs.stream().filter(r -> r.spec().fullName().equals("setbit")).findFirst().orElseThrow();
        assertThat(setbit.spec().arity()).isEqualTo(4);
    }
}
