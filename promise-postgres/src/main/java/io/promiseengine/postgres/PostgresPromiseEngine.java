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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.observe.Ticker;
import io.promiseengine.postgres.internal.PostgresLiveStore;
import io.promiseengine.rules.RuleSet;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PromiseEngine} whose live state (stock, supply, slot load and capacity, reservations, network
 * versions) is kept in PostgreSQL and shared by every engine built on the same tables: several OMS nodes, and
 * every restart of them. Reservations are checked in the database, in one transaction each, so no two engines
 * ever hold more than there is; quotes read each engine's in-memory snapshot, without a database call, and
 * that snapshot follows the other engines' changes within milliseconds (docs/LIVE-STATE.md).
 *
 * <pre>{@code
 * PostgresSchema.migrate(dataSource);                       // once per deployment, safe on every node
 * PromiseEngine engine = PostgresPromiseEngine.builder(dataSource)
 *         .initialNetwork(network)                          // used only when the database has none yet
 *         .clock(clock)
 *         .build();
 * ...
 * engine.close();                                           // stops the change-feed thread
 * }</pre>
 *
 * <p>The data source should pool connections (HikariCP, or the application server's pool): an engine keeps one
 * connection for its change feed and takes one per transaction.
 */
public final class PostgresPromiseEngine {

    private PostgresPromiseEngine() {
    }

    /**
     * A builder of an engine whose live state is in the database of {@code dataSource}.
     *
     * @param dataSource the database, its schema migrated ({@link PostgresSchema#migrate})
     * @return a builder
     * @throws NullPointerException when {@code dataSource} is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Builds an engine on PostgreSQL; the settings have the defaults of {@link PromiseEngine.Builder}. */
    public static final class Builder {
        private final DataSource dataSource;
        private Network initialNetwork;
        private Clock clock = Clock.systemUTC();
        private Duration holdFor = Duration.ofMinutes(30);
        private RuleSet rules = RuleSet.none();
        private Duration poll = Duration.ofSeconds(1);
        private Duration retryFor = Duration.ofSeconds(30);
        private Duration changeRetention = Duration.ofHours(1);
        private PromiseObserver observer = PromiseObserver.none();
        private Ticker ticker = Ticker.system();

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * The network the database starts with, with its stock, supply and load, when it has no network version
         * yet (the first engine ever started); ignored once it has one: the current version is the database's,
         * and new versions are published with {@link PromiseEngine#publish}.
         *
         * @param network the first network
         * @return this builder
         * @throws NullPointerException when {@code network} is null
         */
        public Builder initialNetwork(Network network) {
            this.initialNetwork = Objects.requireNonNull(network, "network");
            return this;
        }

        /**
         * The clock of reservation expiries (every engine on the database should agree on the time).
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a reservation holds unless confirmed; 30 minutes by default.
         *
         * @param holdFor the hold duration
         * @return this builder
         * @throws IllegalArgumentException unless {@code > 0} and at most 3,660 days
         */
        public Builder holdFor(Duration holdFor) {
            this.holdFor = between("holdFor", holdFor, Duration.ofNanos(1), Duration.ofDays(3660));
            return this;
        }

        /**
         * The rule set of {@link PromiseEngine#quote(io.promiseengine.plan.Order)} and the planner.
         *
         * @param rules the rule set
         * @return this builder
         * @throws NullPointerException when {@code rules} is null
         */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * How often the change feed reads the changes when no notification came (a fallback: notifications
         * normally arrive within milliseconds), and gives back the holds that lapsed; 1 second by default.
         *
         * @param poll the period of the feed's reads
         * @return this builder
         * @throws IllegalArgumentException unless between 10 ms and 1 minute
         */
        public Builder poll(Duration poll) {
            this.poll = between("poll", poll, Duration.ofMillis(10), Duration.ofMinutes(1));
            return this;
        }

        /**
         * How long a transaction is tried again while the database cannot be reached (or a concurrent transaction
         * conflicts) before the call fails with an {@link IllegalStateException}; 30 seconds by default.
         *
         * @param retryFor how long a failing transaction is tried again
         * @return this builder
         * @throws IllegalArgumentException unless between 0 and 1 hour
         */
        public Builder retryFor(Duration retryFor) {
            this.retryFor = between("retryFor", retryFor, Duration.ZERO, Duration.ofHours(1));
            return this;
        }

        /**
         * How long the change feed's rows are kept (an engine disconnected longer reloads its whole snapshot
         * when it comes back); 1 hour by default.
         *
         * @param changeRetention how long the feed's rows are kept
         * @return this builder
         * @throws IllegalArgumentException unless between 1 minute and 30 days
         */
        public Builder changeRetention(Duration changeRetention) {
            this.changeRetention = between("changeRetention", changeRetention, Duration.ofMinutes(1), Duration.ofDays(30));
            return this;
        }

        /**
         * The observer of the engine's quotes, reservations, confirmations, releases, hand-offs and lapses, as
         * {@link PromiseEngine.Builder#observer}; none by default. Lapses are heard from the change feed's thread.
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(PromiseObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The source of the durations the observer hears; {@link Ticker#system()} by default.
         *
         * @param ticker the ticker
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        private static Duration between(String name, Duration d, Duration min, Duration max) {
            Objects.requireNonNull(d, name);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + d);
            }
            return d;
        }

        /**
         * Opens the engine: loads the live state (putting the initial network in an empty database) and starts
         * its change feed.
         *
         * @return the engine, open
         * @throws IllegalStateException when the schema is missing ({@link PostgresSchema#migrate}), the database
         *         has no network and none was given, or the database cannot be reached within {@code retryFor}
         */
        public PromiseEngine build() {
            PostgresLiveStore store = new PostgresLiveStore(new PostgresLiveStore.Settings(dataSource,
                    Optional.ofNullable(initialNetwork), clock, poll, retryFor, changeRetention));
            return PromiseEngine.builder(store).clock(clock).holdFor(holdFor).rules(rules).observer(observer)
                    .ticker(ticker).build();
        }
    }
}
