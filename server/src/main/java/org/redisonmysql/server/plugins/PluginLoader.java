package org.redisonmysql.server.plugins;

import org.redisonmysql.core.command.CommandModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the command modules: those on the server's class path (the built-in families) and those in
 * each {@code *.jar} of the plugins directory, every jar in a class loader of its own whose parent
 * is the server's (so plugins see the SPI and jOOQ, and not each other).
 */
public final class PluginLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    public static List<CommandModule> load(Path pluginsDir) {
        List<CommandModule> modules = new ArrayList<>();
        ClassLoader serverLoader = PluginLoader.class.getClassLoader();
        for (CommandModule m : ServiceLoader.load(CommandModule.class, serverLoader)) {
            modules.add(m);
        }
        for (Path jar : jars(pluginsDir)) {
            URLClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url(jar)}, serverLoader);
            int found = 0;
            for (CommandModule m : ServiceLoader.load(CommandModule.class, loader)) {
                if (m.getClass().getClassLoader() == loader) {
                    modules.add(m);
                    found++;
                }
            }
            if (found == 0) {
                LOG.warn("plugin {} declares no {} in META-INF/services", jar, CommandModule.class.getName());
            } else {
                LOG.info("loaded {} command module(s) from plugin {}", found, jar);
            }
        }
        return modules;
    }

    private static List<Path> jars(Path dir) {
        List<Path> jars = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return jars;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins directory " + dir, e);
        }
        jars.sort(null);
        return jars;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
