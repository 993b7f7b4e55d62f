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
package io.promiseengine.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two storefront servers on one PostgreSQL database (a fresh schema of this class, dropped after it), over HTTP:
 * an order placed on one is seen on the other, the last units are not sold twice across them, and an event
 * posted to one re-promises the order the other shows. The database is {@code PROMISE_PG_URL} or the local
 * test database, as for promise-postgres' tests.
 */
class StorefrontOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = url();
    private static final String SCHEMA = "pe_shop_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);

    private TestShop one;
    private TestShop two;

    private static String url() {
        String url = System.getenv("PROMISE_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : url;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " (set PROMISE_PG_URL): " + sql + ": " + e.getMessage(), e);
        }
    }

    @BeforeAll
    static void createSchema() {
        execute("CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /** A server's own pool, as a server process of its own would have. */
    private static HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setSchema(SCHEMA);
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    @BeforeEach
    void start() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE; CREATE SCHEMA " + SCHEMA);
        one = TestShop.onPostgres(pool("shop-one"));
        two = TestShop.onPostgres(pool("shop-two"));
    }

    @AfterEach
    void stop() {
        one.close();
        two.close();
    }

    private static String place(String sku, String choice) {
        return "{\"destination\": {\"postalCode\": \"59000\"}, \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}],"
                + " \"choice\": " + choice + "}";
    }

    @Test
    void anOrderPlacedOnOneServerIsSeenOnTheOther_andAnEventPostedToOneRepromisesIt() throws Exception {
        HttpResponse<String> placed = one.post("/api/orders?lang=fr", place("TSHIRT-M",
                "{\"method\": \"HOME_DELIVERY\", \"service\": \"std\"}"));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String id = JSON.readTree(placed.body()).get("orderId").asText();
        HttpResponse<String> seen = two.get("/api/orders/" + id + "?lang=fr");
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        JsonNode before = JSON.readTree(seen.body());
        assertThat(before.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(before.get("promise")).isEqualTo(JSON.readTree(placed.body()).get("promise"));
        assertThat(two.get("/orders/" + id).statusCode()).isEqualTo(200);
        assertThat(two.server.shop().engine().reservation(id)).hasValueSatisfying(r -> assertThat(r.confirmed()).isTrue());
        // order numbers come from the database: the other server's next order takes the next number
        HttpResponse<String> next = two.post("/api/orders", place("TSHIRT-M", "{\"method\": \"HOME_DELIVERY\", \"service\": \"std\"}"));
        assertThat(JSON.readTree(next.body()).get("orderId").asText()).isNotEqualTo(id);

        HttpResponse<String> applied = two.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"ev-1\","
                + " \"service\": \"std\", \"days\": 2}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("touched").toString()).contains(id);
        // the change is recorded by the server whose tracker delivers it (on its delivery thread): wait for it
        JsonNode after = null;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            after = JSON.readTree(one.get("/api/orders/" + id + "?lang=fr").body());
            if (after.get("changes").size() > 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(after.get("status").asText()).isEqualTo("PROMISE_CHANGED");
        assertThat(after.get("promise").get("date").asText()).isGreaterThan(before.get("promise").get("date").asText());
        assertThat(after.get("changes")).hasSize(1);
        assertThat(after.get("changes").get(0).get("message").asText()).startsWith("Votre commande arrivera le ");
        assertThat(JSON.readTree(two.get("/api/orders/" + id + "?lang=fr").body())).isEqualTo(after);
        assertThat(one.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"ev-1\", \"service\": \"std\", \"days\": 2}")
                .body()).contains("\"repeated\":true");
    }

    @Test
    void theLastUnitsAreNotSoldTwiceAcrossTheTwoServers() throws Exception {
        // JEAN-44: two units left in the whole network, at the Lille store
        one.server.shop().engine().setStock(StockLevel.of("wh-marne", "JEAN-44", 0));
        one.server.shop().engine().setStock(StockLevel.of("wh-saint-quentin", "JEAN-44", 0));
        one.server.shop().engine().setStock(StockLevel.of("store-lille", "JEAN-44", 2));
        String body = place("JEAN-44", "{\"method\": \"COLLECT\", \"location\": \"store-lille\"}");
        int perServer = 4;
        CyclicBarrier together = new CyclicBarrier(2 * perServer);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2 * perServer; i++) {
            TestShop shop = i % 2 == 0 ? one : two;
            Thread t = new Thread(() -> {
                try {
                    together.await(10, TimeUnit.SECONDS);
                    statuses.add(shop.post("/api/orders", body).statusCode());
                } catch (Throwable e) {
                    thrown.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(thrown).isEmpty();
        assertThat(statuses).hasSize(2 * perServer);
        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(2);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(two.server.shop().engine().stock("store-lille", "JEAN-44").held()).isEqualTo(2);
        assertThat(one.post("/api/orders", body).statusCode()).isEqualTo(409);
    }
}
