package org.redisonmysql.server.config;

/** A configuration problem that stops startup; the message names the setting. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
