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
package io.promiseengine.internal.engine;

import io.promiseengine.fixtures.GeneratedRules;
import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order-by (spec 4.6) of every option quoted under a generated rule set ({@link GeneratedRules#withQuantities}:
 * exclusions and prices, stores keeping their last units, stores serving only while their units are odd, lines
 * served only from twice their quantity) against {@link OrderByOracleTest}'s oracle asked under the same rule set:
 * the quote asked again at later instants without order-by (fresh solves), bisected to the second over
 * {@code [t, H]}, the run checked at seeded instants inside it. Under a rule set the engine's search takes none of
 * {@link ProbePlans} and the bounds of {@link Solver#ownKeyBound} (a filter makes a plan depend on the block), and
 * asks blocks of two lines or more ({@code Solver.aLineMissed}); {@code RulesInvariantsTest} checks those answers at
 * sampled instants only. Supply of 1 to 3 units arrives at each store within 8 hours of the order instant, so that
 * what the quantity filters see changes inside the span an order-by covers. Fixed seeds from 19,000,001
 * ({@code -DorderBy.rulesFirstSeed} for fresh ones); a failure names its seed, the rule set, the option and both answers.
 */
class OrderByRulesOracleTest {

    private static final long FIRST_SEED = 19_000_001;
    private static final int CASES = 600;

    @Test
    void underGeneratedRuleSets_everyOptionsOrderByIsTheLastSecondKeepingItsDate_asTheQuoteItselfSays() {
        int seedsWithOptions = 0;
        int options = 0;
        int absent = 0;
        int multiLine = 0;
        int changedByTheRules = 0;
        int split = 0;
        int nearH = 0;
        int splitSearched = 0;
        long first = Long.getLong("orderBy.rulesFirstSeed", FIRST_SEED);
        for (long seed = first; seed < first + CASES; seed++) {
            // one seed in three with horizon edges (dates on H's date: the search without its shortcut), one in three
            // with sparse stock (orders-by decided by splits), the rest as they come
            int kind = (int) (seed % 3);
            NetworkGenerator g = new NetworkGenerator(seed, kind == 0 ? OrderByOracleTest.EDGES : OrderByOracleTest.SPLITS);
            Network network = g.network();
            QuoteRequest r = g.request();
            Random rnd = g.random();
            if (kind == 1) {
                OrderByOracleTest.Sparse sparse = OrderByOracleTest.sparse(seed, network, r);
                network = sparse.network();
                r = sparse.request();
            }
            RuleSet rules = GeneratedRules.withQuantities(network, rnd);
            List<Supply> supply = new ArrayList<>(network.supply());
            for (Location l : network.locations()) {
                if (l.kind() == LocationKind.STORE) {
                    Line line = r.lines().get(rnd.nextInt(r.lines().size()));
                    supply.add(new Supply(l.id(), line.sku(), 1 + rnd.nextInt(3), r.at().plusSeconds(60L * (1 + rnd.nextInt(8 * 60)))));
                }
            }
            network = network.withInventory(network.stock(), supply, network.load());
            DefaultPromiseCalculator calc = new DefaultPromiseCalculator(network);
            Quote q = calc.quote(r, rules, Map.of(), true);
            Quote plain = calc.quote(r);
            seedsWithOptions += q.options().isEmpty() ? 0 : 1;
            Random samples = new Random(seed);
            long t = r.at().getEpochSecond();
            for (PromiseOption o : q.options()) {
                Optional<Instant> expected = OrderByOracleTest.oracle(calc, r, rules, o, t, samples);
                assertThat(o.orderBy()).as("seed %d, %s: the order-by of %s %s%s dated %s (cart %s, maxShipments %d, at %s)",
                        seed, rules, o.method(), o.service().orElse(""), o.location().orElse(""), o.date(), r.lines(),
                        r.maxShipments(), r.at()).isEqualTo(expected);
                options++;
                absent += expected.isEmpty() ? 1 : 0;
                multiLine += r.lines().size() > 1 && expected.isPresent() ? 1 : 0;
                split += o.shipments().size() > 1 ? 1 : 0;
                nearH += !o.date().isBefore(LocalDate.ofInstant(r.at().plusSeconds(OrderByOracleTest.HORIZON), network.zone())
                        .minusDays(1)) ? 1 : 0;
                splitSearched += r.lines().size() > 1 && expected.isPresent()
                        && Math.min(r.maxShipments(), rules.maxShipments()) > 1 ? 1 : 0;
                Optional<PromiseOption> without = same(plain, o);
                changedByTheRules += without.isEmpty() || !without.get().date().equals(o.date())
                        || !without.get().orderBy().equals(o.orderBy()) ? 1 : 0;
            }
        }
        System.out.printf("OrderByRulesOracleTest: %d seeds with options, %d options, %d without order-by, %d dated on H's "
                + "date or the day before, %d split at t, "
                + "%d of 2+ lines with an order-by, %d of them with maxShipments 2+, %d whose date or order-by the rule set "
                + "changed%n", seedsWithOptions, options, absent, nearH, split, multiLine, splitSearched, changedByTheRules);
        assertThat(seedsWithOptions).as("seeds with options").isGreaterThanOrEqualTo(CASES / 2);
        assertThat(options).as("options checked").isGreaterThanOrEqualTo(CASES);
        assertThat(multiLine).as("options of 2+ lines with an order-by").isGreaterThanOrEqualTo(CASES / 4);
        assertThat(split).as("options split into 2+ shipments at t").isGreaterThanOrEqualTo(CASES / 10);
        assertThat(splitSearched).as("options of 2+ lines and maxShipments 2+ with an order-by").isGreaterThanOrEqualTo(CASES / 5);
        assertThat(nearH).as("options dated on H's date or the day before").isGreaterThanOrEqualTo(1);
        assertThat(changedByTheRules).as("options whose date or order-by the rule set changed").isGreaterThanOrEqualTo(CASES / 8);
    }

    /** The option of the same method and service or store, if any. */
    private static Optional<PromiseOption> same(Quote q, PromiseOption like) {
        for (PromiseOption o : q.options()) {
            if (o.method() == like.method() && o.service().equals(like.service()) && o.location().equals(like.location())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
