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
package io.promiseengine.properties;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.Supply;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants 1 and 4 of spec section 5 under a rule set whose filter looks at quantities (stores keep their
 * last units: a store serves a line only when {@code available - quantity >= keep}, as the built-in
 * {@code protect-store-stock} does), with supply arriving at stores a few hours after the order instant, that
 * is before a typical order-by: the availability a filter sees changes inside the span the order-by covers.
 * Checked: {@code quote(orderBy)} gives the same date, {@code quote(orderBy + 1 s)} a later one or none, and
 * every whole minute sampled in {@code [t, orderBy]} gives the same date. Seeds fixed; a failure names its seed.
 */
class RulesInvariantsTest {

    private static final int CASES = 100;
    /** Instants sampled inside each {@code [t, orderBy]}. */
    private static final int SAMPLES = 12;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** The control: the same networks, requests and supply without the rule keep invariants 1 and 4. */
    @Test
    void orderByKeepsTheDateWithSupplyArrivingBeforeIt_withoutRules() {
        check(null);
    }

    /**
     * Issue 13 item 15: a filter saw {@code available} at the order instant, so supply arriving inside
     * {@code [t, orderBy]} let a store serve from its arrival on and the date moved inside the span the order-by
     * promised to keep (seeds 7004, 7010, 7042, 7066 and 7068 failed). A filter now sees the units available
     * at the preparation's start and its answer joins the start condition (docs/RULES-FORMAT.md).
     */
    @Test
    void orderByKeepsTheDateUnderAQuantityRuleWithSupplyArrivingBeforeIt() {
        check(keep -> c -> c.location().kind() != LocationKind.STORE || c.available() - c.line().quantity() >= keep);
    }

    /**
     * Invariants 1 and 4 do not need a monotone filter: the start is the first instant at or after the order
     * instant that a condition independent of the order instant allows. Here stores serve only while the units
     * available are odd, so each arrival of 1 or 3 units turns an allow into a refusal or back.
     */
    @Test
    void orderByKeepsTheDateUnderANonMonotoneQuantityRule() {
        check(keep -> c -> c.location().kind() != LocationKind.STORE
                || (c.available() >= c.line().quantity() && c.available() % 2 == 1));
    }

    /** A store filter for a {@code keep} of 1 or 2 units. */
    private interface StoreFilter {
        java.util.function.Predicate<io.promiseengine.rules.spi.LineCandidate> forKeep(int keep);
    }

    private static void check(StoreFilter filter) {
        boolean withRule = filter != null;
        int checked = 0;
        int supplyInsideTheSpan = 0;
        List<String> failures = new ArrayList<>();
        for (long seed = 7_000; seed < 7_000 + CASES; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network n = g.network();
            QuoteRequest r = g.request();
            Random rnd = g.random();
            int keep = 1 + rnd.nextInt(2);
            RuleSet rules = !withRule ? RuleSet.none()
                    : RuleSet.builder("keep-" + keep).filter(LineFilter.of("store-filter", filter.forKeep(keep))).build();
            PromiseEngine engine = PromiseEngine.builder(n).clock(CLOCK).rules(rules).build();
            List<Instant> arrivals = new ArrayList<>();
            for (Location l : n.locations()) {
                if (l.kind() == LocationKind.STORE) {
                    Line line = r.lines().get(rnd.nextInt(r.lines().size()));
                    Instant arrives = r.at().plusSeconds(60L * (1 + rnd.nextInt(8 * 60)));
                    engine.addSupply("test-" + l.id(), new Supply(l.id(), line.sku(), 1 + rnd.nextInt(3), arrives));
                    arrivals.add(arrives);
                }
            }
            Order order = Order.of("o-" + seed, r);
            for (PromiseOption o : engine.quote(order).options()) {
                if (o.orderBy().isEmpty()) {
                    continue;
                }
                Instant by = o.orderBy().get();
                String context = "seed " + seed + " " + o.method() + " " + o.service().or(o::location).orElseThrow() + " date " + o.date()
                        + " orderBy " + by;
                supplyInsideTheSpan += arrivals.stream().anyMatch(a -> !a.isAfter(by)) ? 1 : 0;
                Optional<PromiseOption> at = same(engine.quote(at(order, by)), o);
                if (at.map(PromiseOption::date).filter(o.date()::equals).isEmpty()) {
                    failures.add(context + ": at orderBy " + at.map(PromiseOption::date));
                }
                Optional<PromiseOption> after = same(engine.quote(at(order, by.plusSeconds(1))), o);
                if (after.isPresent() && !after.get().date().isAfter(o.date())) {
                    failures.add(context + ": at orderBy + 1 s " + after.get().date());
                }
                long span = by.getEpochSecond() - r.at().getEpochSecond();
                for (int k = 1; k < SAMPLES; k++) {
                    Instant u = r.at().plusSeconds(span * k / SAMPLES);
                    Optional<PromiseOption> mid = same(engine.quote(at(order, u)), o);
                    if (mid.map(PromiseOption::date).filter(o.date()::equals).isEmpty()) {
                        failures.add(context + ": at " + u + " " + mid.map(PromiseOption::date));
                        break;
                    }
                }
                checked++;
            }
        }
        failures.forEach(System.out::println);
        System.out.println("RulesInvariantsTest " + (withRule ? "with" : "without") + " the rule: " + checked + " options with an order-by checked, " + supplyInsideTheSpan
                + " with supply arriving before it; " + failures.size() + " failures");
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(150);
        assertThat(supplyInsideTheSpan).isGreaterThan(50);
    }

    private static Order at(Order order, Instant at) {
        return new Order(order.id(), order.request().at(at), order.attributes());
    }

    private static Optional<PromiseOption> same(Quote q, PromiseOption like) {
        for (PromiseOption o : q.options()) {
            if (o.method() == like.method() && o.service().equals(like.service()) && o.location().equals(like.location())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
