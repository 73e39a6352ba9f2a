package org.redisonmysql.commands.pubsub;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.Record3;
import org.jooq.Result;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.db.tables.records.RedisPubsubMessageRecord;
import org.redisonmysql.db.tables.records.RedisPubsubSubscriptionRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.db.Tables.REDIS_PUBSUB_INSTANCE;
import static org.redisonmysql.db.Tables.REDIS_PUBSUB_MESSAGE;
import static org.redisonmysql.db.Tables.REDIS_PUBSUB_SUBSCRIPTION;

/**
 * Every statement of Pub/Sub. Other instances' subscriptions are read joined to their heartbeat
 * so that a crashed instance stops counting as soon as it is stale, before cleanup removes it.
 */
final class PubSubRepository {
    private PubSubRepository() {
    }

    static void heartbeat(DSLContext dsl, long instance, long now) {
        dsl.insertInto(REDIS_PUBSUB_INSTANCE, REDIS_PUBSUB_INSTANCE.INSTANCE_ID, REDIS_PUBSUB_INSTANCE.STARTED_AT,
                        REDIS_PUBSUB_INSTANCE.HEARTBEAT_AT)
                .values(instance, now, now)
                .onDuplicateKeyUpdate()
                .set(REDIS_PUBSUB_INSTANCE.HEARTBEAT_AT, now)
                .execute();
    }

    /** One more subscriber on this instance for each name (one statement for SUBSCRIBE a b c). */
    static void increment(DSLContext dsl, long instance, String tenant, Kind kind, List<byte[]> names) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        InsertValuesStep6<RedisPubsubSubscriptionRecord, String, Byte, byte[], Long, byte[], Integer> insert =
                dsl.insertInto(s, s.TENANT, s.KIND, s.NAME_HASH, s.INSTANCE_ID, s.NAME, s.SUBSCRIBERS);
        for (byte[] name : names) {
            insert = insert.values(tenant, kind.code, KeyHash.of(name), instance, name, 1);
        }
        insert.onDuplicateKeyUpdate().set(s.SUBSCRIBERS, s.SUBSCRIBERS.plus(1)).execute();
    }

    /** One subscriber fewer on this instance for each name; rows at 0 are removed by the heartbeat. */
    static void decrement(DSLContext dsl, long instance, String tenant, Kind kind, Collection<byte[]> names) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        List<byte[]> hashes = new ArrayList<>(names.size());
        for (byte[] name : names) {
            hashes.add(KeyHash.of(name));
        }
        dsl.update(s).set(s.SUBSCRIBERS, s.SUBSCRIBERS.minus(1))
                .where(s.TENANT.eq(tenant)).and(s.KIND.eq(kind.code)).and(s.NAME_HASH.in(hashes))
                .and(s.INSTANCE_ID.eq(instance)).and(s.SUBSCRIBERS.gt(0))
                .execute();
    }

    static void deleteEmpty(DSLContext dsl, long instance) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        dsl.deleteFrom(s).where(s.INSTANCE_ID.eq(instance)).and(s.SUBSCRIBERS.le(0)).execute();
    }

    private static Condition liveOthers(long instance, String tenant, long aliveSince) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        return s.TENANT.eq(tenant).and(s.INSTANCE_ID.ne(instance)).and(s.SUBSCRIBERS.gt(0))
                .and(REDIS_PUBSUB_INSTANCE.HEARTBEAT_AT.ge(aliveSince));
    }

    /**
     * Other live instances' subscriptions that receive a message on {@code channel}: the channel
     * itself and, for PUBLISH, every pattern of the tenant (matched by the caller).
     */
    static Result<Record3<Byte, byte[], Integer>> receivers(DSLContext dsl, long instance, String tenant, Kind kind,
            byte[] channel, long aliveSince) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        Condition which = s.KIND.eq(kind.code).and(s.NAME_HASH.eq(KeyHash.of(channel)));
        if (kind == Kind.CHANNEL) {
            which = which.or(s.KIND.eq(Kind.PATTERN.code));
        }
        return dsl.select(s.KIND, s.NAME, s.SUBSCRIBERS).from(s)
                .join(REDIS_PUBSUB_INSTANCE).on(REDIS_PUBSUB_INSTANCE.INSTANCE_ID.eq(s.INSTANCE_ID))
                .where(liveOthers(instance, tenant, aliveSince)).and(which)
                .fetch();
    }

    /** Names of a kind subscribed on other live instances (PUBSUB CHANNELS, SHARDCHANNELS, NUMPAT). */
    static List<byte[]> names(DSLContext dsl, long instance, String tenant, Kind kind, long aliveSince) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        return dsl.selectDistinct(s.NAME_HASH, s.NAME).from(s)
                .join(REDIS_PUBSUB_INSTANCE).on(REDIS_PUBSUB_INSTANCE.INSTANCE_ID.eq(s.INSTANCE_ID))
                .where(liveOthers(instance, tenant, aliveSince)).and(s.KIND.eq(kind.code))
                .fetch(s.NAME);
    }

    /** Subscribers per channel on other live instances (PUBSUB NUMSUB, SHARDNUMSUB), keyed by the name's hash. */
    static Map<Bytes, Long> numsub(DSLContext dsl, long instance, String tenant, Kind kind, List<byte[]> channels,
            long aliveSince) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        List<byte[]> hashes = new ArrayList<>(channels.size());
        for (byte[] c : channels) {
            hashes.add(KeyHash.of(c));
        }
        Map<Bytes, Long> out = new HashMap<>();
        dsl.select(s.NAME_HASH, org.jooq.impl.DSL.sum(s.SUBSCRIBERS)).from(s)
                .join(REDIS_PUBSUB_INSTANCE).on(REDIS_PUBSUB_INSTANCE.INSTANCE_ID.eq(s.INSTANCE_ID))
                .where(liveOthers(instance, tenant, aliveSince)).and(s.KIND.eq(kind.code)).and(s.NAME_HASH.in(hashes))
                .groupBy(s.NAME_HASH)
                .forEach(r -> out.put(new Bytes(r.value1()), ((BigDecimal) r.value2()).longValue()));
        return out;
    }

    static void insertMessage(DSLContext dsl, long instance, String tenant, Kind kind, byte[] channel, byte[] payload,
            long now) {
        var m = REDIS_PUBSUB_MESSAGE;
        dsl.insertInto(m, m.INSTANCE_ID, m.TENANT, m.KIND, m.CHANNEL, m.PAYLOAD, m.CREATED_AT)
                .values(instance, tenant, kind.code, channel, payload, now)
                .execute();
    }

    static long maxMessageId(DSLContext dsl) {
        Long max = dsl.select(org.jooq.impl.DSL.max(REDIS_PUBSUB_MESSAGE.ID)).from(REDIS_PUBSUB_MESSAGE).fetchOne().value1();
        return max == null ? 0 : max;
    }

    /** The one polling query: new messages after {@code after}, plus any ids still missing below it. */
    static Result<RedisPubsubMessageRecord> poll(DSLContext dsl, long after, Collection<Long> gaps, int limit) {
        var m = REDIS_PUBSUB_MESSAGE;
        Condition c = m.ID.gt(after);
        if (!gaps.isEmpty()) {
            c = c.or(m.ID.in(gaps));
        }
        return dsl.selectFrom(m).where(c).orderBy(m.ID).limit(limit).fetch();
    }

    static int deleteMessagesBefore(DSLContext dsl, long before, int limit) {
        var m = REDIS_PUBSUB_MESSAGE;
        return dsl.deleteFrom(m).where(m.CREATED_AT.lt(before)).orderBy(m.CREATED_AT).limit(limit).execute();
    }

    /** Forgets instances silent since {@code before}: their subscriptions, then themselves. */
    static int deleteDeadInstances(DSLContext dsl, long before) {
        var s = REDIS_PUBSUB_SUBSCRIPTION;
        var i = REDIS_PUBSUB_INSTANCE;
        dsl.deleteFrom(s).where(s.INSTANCE_ID.in(
                dsl.select(i.INSTANCE_ID).from(i).where(i.HEARTBEAT_AT.lt(before)))).execute();
        return dsl.deleteFrom(i).where(i.HEARTBEAT_AT.lt(before)).execute();
    }

    /** A stopping instance removes itself and its subscriptions. */
    static void withdraw(DSLContext dsl, long instance) {
        dsl.deleteFrom(REDIS_PUBSUB_SUBSCRIPTION).where(REDIS_PUBSUB_SUBSCRIPTION.INSTANCE_ID.eq(instance)).execute();
        dsl.deleteFrom(REDIS_PUBSUB_INSTANCE).where(REDIS_PUBSUB_INSTANCE.INSTANCE_ID.eq(instance)).execute();
    }
}
