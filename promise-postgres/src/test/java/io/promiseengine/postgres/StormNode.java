/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
