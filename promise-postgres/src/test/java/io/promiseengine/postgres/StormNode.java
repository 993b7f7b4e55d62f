package io.promiseengine.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.promiseengine.live.PromiseEngine;

import java.time.Duration;

/**
 * A separate JVM running a {@link Storm} on the database until killed: {@code StormNode <jdbc url> <schema> <seed>
 * <prefix>}. Prints {@code READY} once its engine is open.
 */
public final class StormNode {

    private StormNode() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setSchema(args[1]);
        config.setMaximumPoolSize(3);
        HikariDataSource pool = new HikariDataSource(config);
        PromiseEngine engine = PostgresPromiseEngine.builder(pool).poll(Duration.ofMillis(50)).build();
        System.out.println("READY");
        System.out.flush();
        new Storm(engine, System.out, Long.parseLong(args[2]), args[3]).run(() -> false);
    }
}
