package org.redisonmysql.commands.geo;

import org.redisonmysql.core.command.CommandModule;

/**
 * Geo commands. Geo keys are sorted sets whose scores are 52-bit geohashes, so every statement
 * goes through the zset family's {@code ZSetRepository} (bound by its module).
 */
public final class GeoCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "geo";
    }

    @Override
    protected void configure() {
        commands()
                .add("geoadd", GeoAddCommand.class)
                .add("geopos", GeoReadCommands.GeoPos.class)
                .add("geohash", GeoReadCommands.GeoHashCommand.class)
                .add("geodist", GeoReadCommands.GeoDist.class)
                .add("geosearch", GeoSearchCommand.GeoSearch.class)
                .add("geosearchstore", GeoSearchCommand.GeoSearchStore.class)
                .add("georadius", GeoSearchCommand.GeoRadius.class)
                .add("georadius_ro", GeoSearchCommand.GeoRadiusRo.class)
                .add("georadiusbymember", GeoSearchCommand.GeoRadiusByMember.class)
                .add("georadiusbymember_ro", GeoSearchCommand.GeoRadiusByMemberRo.class);
    }
}
