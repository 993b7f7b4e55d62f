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
package io.promiseengine.jmh.baseline;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.plan.Order;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test: on generated networks and requests ({@link NetworkGenerator}), the baseline (an
 * independent, straightforward reading of the spec) and the engine give the same answer: the same refusal,
 * or the same options in the same order, field by field (method, service or store, zone, promisedAt, date,
 * orderBy, confidence, price, and every shipment with its lines, start, readyAt and shipAt).
 *
 * <p>Besides, one network in five answers a listing page with both, and the engine's {@code rejected} list is
 * checked against what the spec fixes whatever the order of reasons (see {@code rejectedDifferences}).
 *
 * <p>CI runs {@value #CI_SEEDS} seeds. For a longer run (in one reactor, so that the generator is this tree's):
 * {@code mvn -B -o -q package -pl promise-core,promise-jmh -Dtest=BaselineMatchesEngineTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbaseline.seeds=20000} ({@code -Dbaseline.firstSeed=N} to start
 * elsewhere). Each failing seed is printed with its request and every
 * difference; replay one with {@link #differences(long)}.
 */
class BaselineMatchesEngineTest {

    static final int CI_SEEDS = 1_000;
    /** Seeds of networks with SCHEDULED services run in CI ({@link NetworkGenerator.Shape#WINDOWS}). */
    static final int WINDOW_SEEDS = 400;
    /** Where the windows seeds start by default: seeds no other test of this class draws. */
    static final long WINDOW_FIRST_SEED = 1_000_001;
    /**
     * Whether the windows seeds ask for SCHEDULED alone ({@code -Dbaseline.scheduledOnly=true}): a long run spends
     * its time on windows, the rest of each network being the default shape's, compared by the other tests.
     */
    static final boolean SCHEDULED_ONLY = Boolean.getBoolean("baseline.scheduledOnly");
    /** Seeds of carts that split into up to 10 shipments run in CI, and their most lines. */
    static final int SPLIT_SEEDS = 60;
    static final int SPLIT_LINES = 7;
    /** Seeds of the big carts and large numbers run in CI. */
    static final int WIDE_SEEDS = 80;
    /** Seeds of networks quoted under generated rule sets in CI, and where they start by default. */
    static final int RULE_SEEDS = 200;
    static final long RULE_FIRST_SEED = 6_000_001;
    /** Seeds of requests at the horizon's edge in CI, and where they start by default. */
    static final int HORIZON_SEEDS = 150;
    static final long HORIZON_FIRST_SEED = 7_000_001;
    /** The live engine's clock (reservation expiries only: no reservation is made here). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Requests quoted on each generated network, besides two that both must refuse. */
    static final int REQUESTS_PER_SEED = 3;
    /** Generated requests (instants, destinations, carts of the example's skus) on the spec's example network. */
    static final int SPEC_NETWORK_SEEDS = 500;
    /** A listing page: every sku of the generator and one no network has. */
    static final List<String> PAGE = List.of("A", "B", "C", "D", "UNKNOWN");
    /** The methods of the networks without SCHEDULED services (the default shape, the spec's 1.0 network). */
    static final Method[] METHODS_1_0 = {Method.COLLECT, Method.COURIER, Method.HOME_DELIVERY};

    @Test
    void baselineAndEngineGiveTheSameAnswersOnGeneratedNetworks() {
        long first = Long.getLong("baseline.firstSeed", 1);
        int seeds = Integer.getInteger("baseline.seeds", CI_SEEDS);
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = first; seed < first + seeds; seed++) {
            List<String> diffs = differences(seed, coverage);
            if (!diffs.isEmpty()) {
                String failure = "failing seed " + seed + ":\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("compared seeds " + first + ".." + (first + seeds - 1) + ": " + failures.size() + " differ; "
                + coverage);
        assertThat(failures).as("seeds where the baseline and the engine differ").isEmpty();
        coverage.assertVaried(seeds, METHODS_1_0);
    }

    /**
     * Networks with one or two SCHEDULED services ({@link NetworkGenerator.Shape#WINDOWS}: windows touching, through
     * the DST nights, ending at 24:00, whole days, full and partly loaded windows, nested zone prefixes, lead times
     * from none to two days, closed dates) and requests for 1 to 10 windows, SCHEDULED alone or with the other
     * methods: every option compared as in the other tests, and each window's start, end, origin and order-by.
     * A longer run: {@code -Dbaseline.windowSeeds=20000} ({@code -Dbaseline.windowFirstSeed=N} to start elsewhere,
     * {@code -Dbaseline.scheduledOnly=true} to ask for SCHEDULED alone).
     */
    @Test
    void baselineAndEngineGiveTheSameAnswersWithDeliveryWindows() {
        long first = Long.getLong("baseline.windowFirstSeed", WINDOW_FIRST_SEED);
        int seeds = Integer.getInteger("baseline.windowSeeds", WINDOW_SEEDS);
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = first; seed < first + seeds; seed++) {
            List<String> diffs = differences(seed, NetworkGenerator.Shape.WINDOWS, coverage);
            if (!diffs.isEmpty()) {
                String failure = "failing windows seed " + seed + ":\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("compared windows seeds " + first + ".." + (first + seeds - 1) + ": " + failures.size()
                + " differ; " + coverage);
        assertThat(failures).as("windows seeds where the baseline and the engine differ").isEmpty();
        if (SCHEDULED_ONLY) {
            assertThat(coverage.byMethod.keySet()).as("methods offered").containsExactly(Method.SCHEDULED);
        } else {
            coverage.assertVaried(seeds, Method.values());
        }
        coverage.windows.assertVaried(seeds);
    }

    @Test
    void baselineAndEngineGiveTheSameAnswersOnTheSpecNetwork() {
        Network network = SpecNetwork.network();
        PromiseCalculator engine = PromiseCalculator.of(network);
        BaselineCalculator baseline = new BaselineCalculator(network);
        String[] skus = {"TSHIRT-M", "JEAN-42", "SNEAKER-40"};
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = 1; seed <= SPEC_NETWORK_SEEDS; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            QuoteRequest shape = gen.request();
            List<Line> lines = new ArrayList<>();
            for (int i = 0, n = 1 + gen.random().nextInt(3); i < n; i++) {
                lines.add(new Line(skus[gen.random().nextInt(skus.length)], 1 + gen.random().nextInt(3)));
            }
            QuoteRequest request = new QuoteRequest(shape.at(), shape.destination(), lines, shape.confidence(),
                    shape.methods(), shape.methodsGiven(), List.of(), false, shape.maxShipments(), shape.explain());
            List<String> diffs = new ArrayList<>();
            differences(engine, baseline, network, request, coverage, diffs);
            if (!diffs.isEmpty()) {
                String failure = "failing seed " + seed + " on the spec network:\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("spec network: " + failures.size() + " differ; " + coverage);
        assertThat(failures).as("seeds where the baseline and the engine differ on the spec network").isEmpty();
        assertThat(coverage.byMethod.keySet()).containsExactlyInAnyOrder(METHODS_1_0);
    }

    /**
     * Big carts (5 or 6 distinct lines, at most 2 shipments), stock rows of millions to 10^9 units (the largest quantity) and
     * requests for such quantities ({@link NetworkGenerator.Shape#wide}). The baseline tries every map of lines
     * to locations that hold them (up to 5^lines), so CI keeps to 6 lines: {@code -Dbaseline.maxLines=12} reaches
     * the generator's 12. A longer run: {@code -Dbaseline.wideSeeds=5000}
     * ({@code -Dbaseline.bigCartOneIn=N}, {@code -Dbaseline.largeOneIn=N} to draw them more or less often).
     */
    @Test
    void baselineAndEngineGiveTheSameAnswersOnBigCartsAndLargeNumbers() {
        long first = Long.getLong("baseline.firstSeed", 1);
        int seeds = Integer.getInteger("baseline.wideSeeds", WIDE_SEEDS);
        NetworkGenerator.Shape shape = NetworkGenerator.Shape.wide(Integer.getInteger("baseline.bigCartOneIn", 6),
                Integer.getInteger("baseline.maxLines", 6), Integer.getInteger("baseline.largeOneIn", 3));
        Coverage coverage = compareSeeds("wide", first, seeds, shape);
        assertThat(coverage.bigCarts).as("big carts compared").isGreaterThanOrEqualTo(seeds / 4);
        assertThat(coverage.bigCartOptions).as("options of big carts").isGreaterThanOrEqualTo(seeds / 10);
        assertThat(coverage.largeQuantities).as("requests of millions of units compared").isGreaterThanOrEqualTo(seeds / 10);
        assertThat(coverage.largeQuantityOptions).as("options for millions of units").isPositive();
    }

    /**
     * Carts that split (issue 14): every cart with {@code maxShipments} 1 to 10, big carts of 5 to
     * {@value #SPLIT_LINES} lines in one request in three ({@code -Dbaseline.splitMaxLines=N}, up to 12), the wide
     * networks' 12 skus, large numbers in one network in three, and the generator's supply about the horizon.
     * {@code -Dbaseline.splitSeeds=N} for a longer run (seeds from {@code -Dbaseline.firstSeed}).
     */
    @Test
    void baselineAndEngineGiveTheSameAnswersOnCartsThatSplit() {
        long first = Long.getLong("baseline.firstSeed", 1);
        int seeds = Integer.getInteger("baseline.splitSeeds", SPLIT_SEEDS);
        NetworkGenerator.Shape shape = NetworkGenerator.Shape.split(3, Integer.getInteger("baseline.splitMaxLines",
                SPLIT_LINES), 3);
        Coverage coverage = compareSeeds("split", first, seeds, shape);
        assertThat(coverage.bigCarts).as("big carts compared").isGreaterThanOrEqualTo(seeds / 6);
        assertThat(coverage.split).as("split options").isGreaterThanOrEqualTo(seeds / 10);
    }

    /**
     * Quotes under rule sets (issue 14): one generated rule set per network ({@link RuleSetGenerator}: the built-in
     * filters, location and sku filters, a quantity rule that is not monotone, {@code maxShipments} and
     * {@code shipComplete} now and then), line attributes per sku, and supply arriving at stores in the hours after
     * each order instant; the engine quotes through {@code PromiseEngine.quote(order)}, the baseline asks the same
     * filters at each preparation's start ({@code Filters}). Seed by seed the shape is the default, the split one
     * (big carts of up to {@code -Dbaseline.splitMaxLines} lines), the windows one or the horizon's edge. A longer
     * run: {@code -Dbaseline.ruleSeeds=N} ({@code -Dbaseline.ruleFirstSeed=N} to start elsewhere).
     */
    @Test
    void baselineAndEngineGiveTheSameAnswersUnderRuleSets() {
        long first = Long.getLong("baseline.ruleFirstSeed", RULE_FIRST_SEED);
        int seeds = Integer.getInteger("baseline.ruleSeeds", RULE_SEEDS);
        int maxLines = Integer.getInteger("baseline.splitMaxLines", SPLIT_LINES);
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = first; seed < first + seeds; seed++) {
            List<String> diffs = ruleDifferences(seed, ruleShape(seed, maxLines), coverage);
            if (!diffs.isEmpty()) {
                String failure = "failing rules seed " + seed + ":\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("compared rules seeds " + first + ".." + (first + seeds - 1) + ": " + failures.size()
                + " differ; " + coverage);
        assertThat(failures).as("rules seeds where the baseline and the engine differ").isEmpty();
        assertThat(coverage.quotes).as("quotes answered").isGreaterThanOrEqualTo(seeds * 2);
        assertThat(coverage.changedByRules).as("options the rules changed").isGreaterThanOrEqualTo(seeds / 5);
        assertThat(coverage.rulesSupplyBeforeOrderBy).as("order-bys after a supply arrival of the rules' cases")
                .isGreaterThanOrEqualTo(seeds / 5);
        assertThat(coverage.rejections.getOrDefault(RejectReason.RULE, 0)).as("RULE rejections").isPositive();
        assertThat(coverage.split).as("split options").isPositive();
        assertThat(coverage.byMethod.keySet()).as("methods offered").containsExactlyInAnyOrder(Method.values());
    }

    /** The shape of a rules seed: default, split, windows or the horizon's edge, by the seed's remainder. */
    static NetworkGenerator.Shape ruleShape(long seed, int maxLines) {
        return switch ((int) Math.floorMod(seed, 4L)) {
            case 0 -> NetworkGenerator.Shape.DEFAULT;
            case 1 -> NetworkGenerator.Shape.split(3, maxLines, 3);
            case 2 -> NetworkGenerator.Shape.WINDOWS;
            default -> NetworkGenerator.Shape.HORIZON;
        };
    }

    /** Every difference for one rules seed (a longer run's entry point). */
    static List<String> ruleDifferences(long seed, NetworkGenerator.Shape shape) {
        return ruleDifferences(seed, shape, new Coverage());
    }

    private static List<String> ruleDifferences(long seed, NetworkGenerator.Shape shape, Coverage coverage) {
        NetworkGenerator gen = new NetworkGenerator(seed, shape);
        Network drawn = gen.network();
        List<QuoteRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_SEED; i++) {
            requests.add(gen.request());
        }
        RuleSetGenerator rules = new RuleSetGenerator(seed);
        Network network = rules.withSupplyAfter(drawn, requests);
        RuleSet ruleSet = rules.rules(network);
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).rules(ruleSet).build();
        PromiseCalculator plain = PromiseCalculator.of(network);
        BaselineCalculator baseline = new BaselineCalculator(network);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            QuoteRequest request = requests.get(i);
            Map<String, Map<String, String>> attributes = rules.attributes(request.lines());
            String id = "o-" + seed + "-" + i;
            Function<QuoteRequest, Quote> ruled = r -> engine.quote(new Order(id, r, attributes));
            Function<QuoteRequest, Quote> base = r -> baseline.quote(r, ruleSet, attributes);
            int before = diffs.size();
            differences(ruled, base, baseline, network, request, coverage, diffs);
            if (diffs.size() == before) {
                coverage.rules(network, drawn, request, answer(() -> ruled.apply(request)), answer(() -> plain.quote(request)));
            } else {
                diffs.add(before, "rule set " + ruleSet + " " + describe(ruleSet) + ", attributes " + attributes);
            }
            if (i == 0) {
                // spec 3: the same cart refused for a destination a courier cannot place, or an unknown collect store
                differences(ruled, base, baseline, network, new QuoteRequest(request.at(), Destination.postalCode("13001"),
                        request.lines(), request.confidence(), Set.of(Method.COURIER), true, List.of(), false,
                        request.maxShipments(), false), coverage, diffs);
            }
        }
        return diffs;
    }

    /** The filters of a rule set, by name and value where a record has one. */
    private static String describe(RuleSet rules) {
        List<String> out = new ArrayList<>();
        rules.filters().forEach(f -> out.add(f instanceof Record ? f.toString() : f.name()));
        return out.toString();
    }

    /**
     * Requests at the horizon's edge ({@link NetworkGenerator.Shape#withHorizonEdges}): a late sku supplied only
     * about 60 days after an anchor, and order instants putting {@code H} at such an arrival, a second either side,
     * minutes, hours or days after it, with the late sku in the cart; seed by seed on the default, windows and split
     * shapes. The windows seeds add gap cases (an option that vanishes after its order-by and comes back with the
     * same date by {@code H}, docs/SEMANTICS.md decision 11), counted by the engine's quote at {@code H}. A longer run: {@code -Dbaseline.horizonSeeds=N} ({@code -Dbaseline.horizonFirstSeed=N}).
     */
    @Test
    void baselineAndEngineGiveTheSameAnswersAtTheHorizon() {
        long first = Long.getLong("baseline.horizonFirstSeed", HORIZON_FIRST_SEED);
        int seeds = Integer.getInteger("baseline.horizonSeeds", HORIZON_SEEDS);
        int maxLines = Integer.getInteger("baseline.splitMaxLines", SPLIT_LINES);
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = first; seed < first + seeds; seed++) {
            List<String> diffs = differences(seed, horizonShape(seed, maxLines), coverage);
            if (!diffs.isEmpty()) {
                String failure = "failing horizon seed " + seed + ":\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("compared horizon seeds " + first + ".." + (first + seeds - 1) + ": " + failures.size()
                + " differ; " + coverage);
        assertThat(failures).as("horizon seeds where the baseline and the engine differ").isEmpty();
        assertThat(coverage.lastDay).as("options promised within the horizon's last day").isGreaterThanOrEqualTo(seeds / 5);
        assertThat(coverage.orderByLastDay).as("order-bys within the horizon's last day").isGreaterThanOrEqualTo(seeds / 20);
        // the date at H rarely stays: an order at H starts after the late arrival (5 of 410 options in CI)
        assertThat(coverage.sameAtTheHorizon).as("options without order-by (the same date at H)").isPositive();
        // the gap cases (windows with horizon edges): an order-by though the date is the same again at H (32 in CI)
        assertThat(coverage.windows.orderByThoughSameAtH).as("SCHEDULED options with an order-by though the same date at H")
                .isGreaterThanOrEqualTo(seeds / 10);
    }

    /** The shape of a horizon seed: the default, windows (with gap cases) or split shape with horizon edges. */
    static NetworkGenerator.Shape horizonShape(long seed, int maxLines) {
        return switch ((int) Math.floorMod(seed, 3L)) {
            case 0 -> NetworkGenerator.Shape.HORIZON;
            case 1 -> NetworkGenerator.Shape.WINDOWS.withGaps();
            default -> NetworkGenerator.Shape.split(3, maxLines, 3).withHorizonEdges();
        };
    }

    /** Compares the seeds of a shape, printing each failing seed; asserts that none differs. */
    private static Coverage compareSeeds(String name, long first, int seeds, NetworkGenerator.Shape shape) {
        List<String> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (long seed = first; seed < first + seeds; seed++) {
            List<String> diffs = differences(seed, shape, coverage);
            if (!diffs.isEmpty()) {
                String failure = "failing " + name + " seed " + seed + ":\n  " + String.join("\n  ", diffs);
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("compared " + name + " seeds " + first + ".." + (first + seeds - 1) + ": " + failures.size()
                + " differ; " + coverage);
        assertThat(failures).as(name + " seeds where the baseline and the engine differ").isEmpty();
        return coverage;
    }

    /** Every difference for one seed of a shape (a longer run's entry point). */
    static List<String> differences(long seed, NetworkGenerator.Shape shape) {
        return differences(seed, shape, new Coverage());
    }

    /** Every difference between the two answers for one seed, each naming the option and the field; empty if none. */
    static List<String> differences(long seed) {
        return differences(seed, new Coverage());
    }

    private static List<String> differences(long seed, Coverage coverage) {
        return differences(seed, NetworkGenerator.Shape.DEFAULT, coverage);
    }

    private static List<String> differences(long seed, NetworkGenerator.Shape shape, Coverage coverage) {
        NetworkGenerator gen = new NetworkGenerator(seed, shape);
        Network network = gen.network();
        PromiseCalculator engine = PromiseCalculator.of(network);
        BaselineCalculator baseline = new BaselineCalculator(network);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_SEED; i++) {
            QuoteRequest request = gen.request();
            if (shape.windows() && SCHEDULED_ONLY) {
                request = new QuoteRequest(request.at(), request.destination(), request.lines(), request.confidence(),
                        Set.of(Method.SCHEDULED), true, List.of(), false, request.maxShipments(), request.explain(),
                        request.maxWindows());
                differences(engine, baseline, network, request, coverage, diffs);
                continue;
            }
            differences(engine, baseline, network, request, coverage, diffs);
            if (i == 0 && seed % 5 == 0) {
                // a listing page of every sku and an unknown one, shaped like the request
                ListingRequest page = new ListingRequest(request.at(), request.destination(), PAGE, request.confidence(),
                        request.methods(), request.methodsGiven(), request.collectAt(), request.collectAtGiven());
                Answer e = answer(() -> engine.listing(page));
                Answer b = answer(() -> baseline.listing(page));
                if (!bothAnswered(diffs, "listing " + page, e, b)) {
                    coverage.refused++;
                } else if (e.value() instanceof Listing el && b.value() instanceof Listing bl && el.badges().size() == bl.badges().size()) {
                    for (int k = 0; k < el.badges().size(); k++) {
                        Badge eb = el.badges().get(k);
                        Badge bb = bl.badges().get(k);
                        String name = "listing badge " + eb.sku();
                        compare(diffs, name, "sku", eb.sku(), bb.sku());
                        compare(diffs, name, "collect stores", eb.collectStores(), bb.collectStores());
                        optionDifferences(diffs, name + " home delivery", eb.homeDelivery(), bb.homeDelivery());
                        optionDifferences(diffs, name + " courier", eb.courier(), bb.courier());
                        optionDifferences(diffs, name + " collect", eb.collect(), bb.collect());
                        optionDifferences(diffs, name + " scheduled", eb.scheduled(), bb.scheduled());
                    }
                } else {
                    compare(diffs, "listing " + page, "answer", e.value(), b.value());
                }
            }
            if (i == 0) {
                // spec 3: the same cart refused for a destination a courier cannot place, or an unknown collect store
                differences(engine, baseline, network, new QuoteRequest(request.at(), Destination.postalCode("13001"),
                        request.lines(), request.confidence(), Set.of(Method.COURIER), true, List.of(), false,
                        request.maxShipments(), false), coverage, diffs);
                differences(engine, baseline, network, new QuoteRequest(request.at(), request.destination(),
                        request.lines(), request.confidence(), Set.of(Method.COLLECT), true, List.of("nowhere"), true,
                        request.maxShipments(), false), coverage, diffs);
            }
        }
        return diffs;
    }

    private static void differences(PromiseCalculator engine, BaselineCalculator baseline, Network network,
                                    QuoteRequest request, Coverage coverage, List<String> diffs) {
        differences(engine::quote, baseline::quote, baseline, network, request, coverage, diffs);
    }

    private static void differences(Function<QuoteRequest, Quote> engine, Function<QuoteRequest, Quote> baseline,
                                    BaselineCalculator calculator, Network network, QuoteRequest request,
                                    Coverage coverage, List<String> diffs) {
        Answer e = answer(() -> engine.apply(request));
        Answer b = answer(() -> baseline.apply(request));
        int before = diffs.size();
        coverage.request(request, e);
        if (!bothAnswered(diffs, "quote", e, b)) {
            coverage.refused++;
        } else {
            Quote eq = (Quote) e.value();
            Quote bq = (Quote) b.value();
            compare(diffs, "quote", "at", eq.at(), bq.at());
            compare(diffs, "quote", "zone", eq.zone(), bq.zone());
            optionDifferences(diffs, eq.options(), bq.options());
            rejectedDifferences(diffs, network, calculator, request, eq);
            coverage.quotes++;
            coverage.count(network, eq);
            coverage.windows.count(network, request, eq);
            coverage.windows.absentAtTheHorizon(request, eq, r -> answer(() -> engine.apply(r)).value());
        }
        if (diffs.size() > before) {
            diffs.add(before, "request " + request);
        }
    }

    private static void optionDifferences(List<String> diffs, String name, Optional<PromiseOption> e,
                                          Optional<PromiseOption> b) {
        if (e.isPresent() || b.isPresent()) {
            int before = diffs.size();
            optionDifferences(diffs, e.stream().toList(), b.stream().toList());
            if (diffs.size() > before) {
                diffs.add(before, name + ":");
            }
        }
    }

    /** What one side answered: a quote or listing, or the exception it threw (exactly one of the two). */
    private record Answer(Object value, RuntimeException error) {
        boolean refused() {
            return error != null;
        }
    }

    private static Answer answer(Supplier<?> answer) {
        try {
            return new Answer(answer.get(), null);
        } catch (RuntimeException e) {
            return new Answer(null, e);
        }
    }

    /**
     * Both sides refusing is agreement only when both threw an {@link InvalidRequestException} (that exact class)
     * naming the same field: spec 3 refuses "with a message naming the field" and leaves the wording free, so
     * the messages are not compared beyond their {@code field: } prefix (docs/TESTING.md). Any other exception,
     * on either side, is a difference even when both threw the same one; a refusal on one side only is one too.
     * Returns whether both answered (so the answers remain to be compared).
     */
    private static boolean bothAnswered(List<String> diffs, String what, Answer e, Answer b) {
        if (!e.refused() && !b.refused()) {
            return true;
        }
        if (e.refused() && b.refused() && e.error().getClass() == InvalidRequestException.class
                && b.error().getClass() == InvalidRequestException.class) {
            InvalidRequestException ee = (InvalidRequestException) e.error();
            InvalidRequestException be = (InvalidRequestException) b.error();
            compare(diffs, what, "refused field", ee.field(), be.field());
            compare(diffs, what, "refusal names its field", ee.getMessage().startsWith(ee.field() + ": ")
                    && be.getMessage().startsWith(be.field() + ": "), true);
            return false;
        }
        diffs.add(what + ": engine " + describe(e) + " / baseline " + describe(b));
        return false;
    }

    private static String describe(Answer a) {
        if (!a.refused()) {
            return "answered " + a.value();
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        a.error().printStackTrace(new java.io.PrintWriter(trace));
        return (a.error() instanceof InvalidRequestException ? "refused " : "threw ") + trace;
    }

    private static void optionDifferences(List<String> diffs, List<PromiseOption> e, List<PromiseOption> b) {
        for (int i = 0; i < Math.max(e.size(), b.size()); i++) {
            PromiseOption eo = i < e.size() ? e.get(i) : null;
            PromiseOption bo = i < b.size() ? b.get(i) : null;
            if (eo == null || bo == null) {
                diffs.add("option " + i + ": engine " + (eo == null ? "(none)" : eo)
                        + " / baseline " + (bo == null ? "(none)" : bo));
                continue;
            }
            String name = "option " + i + " " + describe(eo);
            compare(diffs, name, "method/id", describe(eo), describe(bo));
            compare(diffs, name, "zone", eo.zone(), bo.zone());
            compare(diffs, name, "promisedAt", eo.promisedAt(), bo.promisedAt());
            compare(diffs, name, "date", eo.date(), bo.date());
            compare(diffs, name, "orderBy", eo.orderBy(), bo.orderBy());
            compare(diffs, name, "confidence", eo.confidence(), bo.confidence());
            compare(diffs, name, "price", eo.price().stripTrailingZeros(), bo.price().stripTrailingZeros());
            compare(diffs, name, "shipments", eo.shipments(), bo.shipments());
            compare(diffs, name, "windows", eo.windows(), bo.windows());
        }
    }

    /**
     * The engine's {@code rejected} list checked against what the spec fixes independently of the order of
     * reasons (docs/SEMANTICS.md, decisions 7 and 8): empty without {@code explain}; at most one entry per
     * location and service or store; never a location the option uses; for a service, {@code NOT_AN_ORIGIN}
     * exactly for the locations no selector names or that do not ship, {@code OUT_OF_RANGE} (courier) or
     * {@code NO_LANE} (home delivery, SCHEDULED) exactly for the origins beyond the last band or without a lane, or
     * for every origin of a SCHEDULED service without a zone for the destination; never an origin of a listed window;
     * for a collect store, one entry exactly when it gives no option, naming that store.
     */
    private static void rejectedDifferences(List<String> diffs, Network network, BaselineCalculator baseline,
                                            QuoteRequest request, Quote quote) {
        if (!request.explain()) {
            compare(diffs, "quote", "rejected without explain", quote.rejected(), List.of());
            return;
        }
        Map<String, Rejection> byKey = new HashMap<>();
        for (Rejection r : quote.rejected()) {
            if (byKey.put(r.method() + " " + r.service() + " " + r.location(), r) != null) {
                diffs.add("rejected twice: " + r);
            }
        }
        Position dest = baseline.place(request.destination());
        for (Service s : network.services()) {
            // spec 3: a position is needed by COURIER (and COLLECT), not by HOME_DELIVERY or SCHEDULED
            boolean asked = request.methods().contains(s.method())
                    && (s.method() == Method.HOME_DELIVERY || s.method() == Method.SCHEDULED || dest != null);
            if (!asked) {
                long entries = quote.rejected().stream().filter(r -> r.service().equals(s.id())).count();
                compare(diffs, s.id(), "rejected entries though not asked", entries, 0L);
            }
            Optional<PromiseOption> option = quote.options().stream().filter(o -> o.service().equals(Optional.of(s.id()))).findFirst();
            for (Location l : asked ? network.locations() : List.<Location>of()) {
                Rejection r = byKey.get(s.method() + " " + s.id() + " " + l.id());
                // a SCHEDULED option uses the origins of its windows too
                boolean used = option.isPresent() && (option.get().shipments().stream().anyMatch(x -> x.from().equals(l.id()))
                        || option.get().windows().stream().anyMatch(w -> w.from().equals(l.id())));
                RejectReason expected = null;
                if (!Timetables.isOrigin(s, l)) {
                    expected = RejectReason.NOT_AN_ORIGIN;
                } else if (s instanceof CourierService c && Timetables.band(c, Timetables.km(l.position(), dest)) == null) {
                    expected = RejectReason.OUT_OF_RANGE;
                } else if (s instanceof HomeDeliveryService h
                        && Timetables.lane(h, l, request.destination().postalCode()) == null) {
                    expected = RejectReason.NO_LANE;
                } else if (s instanceof ScheduledService w
                        && DeliveryWindows.zoneOf(w, request.destination().postalCode()) == null) {
                    expected = RejectReason.NO_LANE; // spec 4.7: no zone, the service cannot serve
                }
                RejectReason got = r == null ? null : r.reason();
                if (used) {
                    compare(diffs, s.id() + " at " + l.id(), "rejected though used", String.valueOf(got), "null");
                } else if (expected != null || got == RejectReason.NOT_AN_ORIGIN || got == RejectReason.OUT_OF_RANGE
                        || got == RejectReason.NO_LANE) {
                    compare(diffs, s.id() + " at " + l.id(), "rejected reason", String.valueOf(got), String.valueOf(expected));
                }
            }
        }
        List<String> stores = new ArrayList<>();
        if (request.collectAtGiven()) {
            request.collectAt().stream().distinct().forEach(stores::add);
        } else if (dest != null) {
            baseline.nearestCollectStores(dest).forEach(l -> stores.add(l.id()));
        }
        for (String store : request.methods().contains(Method.COLLECT) ? stores : List.<String>of()) {
            boolean offered = quote.options().stream().anyMatch(o -> o.location().equals(Optional.of(store)));
            long entries = quote.rejected().stream().filter(r -> r.method() == Method.COLLECT).filter(r -> r.location().equals(store))
                    .count();
            compare(diffs, "COLLECT " + store, "rejected entries", entries, offered ? 0L : 1L);
        }
        long collectEntries = quote.rejected().stream().filter(r -> r.method() == Method.COLLECT)
                .filter(r -> !stores.contains(r.location()) || !request.methods().contains(Method.COLLECT)).count();
        compare(diffs, "COLLECT", "rejected entries for stores not asked", collectEntries, 0L);
    }

    private static void compare(List<String> diffs, String option, String field, Object engine, Object baseline) {
        if (!engine.equals(baseline)) {
            diffs.add(option + " " + field + ": engine " + engine + " / baseline " + baseline);
        }
    }

    /** What the compared answers exercised, so that agreement is not agreement on empty quotes. */
    private static final class Coverage {
        final Map<Method, Integer> byMethod = new EnumMap<>(Method.class);
        int refused;
        int withOrderBy;
        int split;
        int transferred;
        int abroad;
        int partialConfidence;
        final Map<RejectReason, Integer> rejections = new EnumMap<>(RejectReason.class);
        int bigCarts;
        int bigCartOptions;
        int largeQuantities;
        int largeQuantityOptions;
        final WindowsCoverage windows = new WindowsCoverage();
        int quotes;
        int options;
        /** Options promised within the last 24 h before the horizon; order-bys there; options without an order-by. */
        int lastDay;
        int orderByLastDay;
        int sameAtTheHorizon;
        /** Under rules: options the rule set changed (compared with the quote without rules). */
        int changedByRules;
        /** Under rules: options with an order-by after a supply arrival at a store of the rules' cases. */
        int rulesSupplyBeforeOrderBy;

        void rules(Network network, Network drawn, QuoteRequest request, Answer ruled, Answer plain) {
            if (!(ruled.value() instanceof Quote r) || !(plain.value() instanceof Quote p)) {
                return;
            }
            for (PromiseOption o : r.options()) {
                if (!p.options().contains(o)) {
                    changedByRules++;
                }
            }
            for (PromiseOption o : p.options()) {
                if (r.options().stream().noneMatch(x -> describe(x).equals(describe(o)))) {
                    changedByRules++; // lost to the rules
                }
            }
            List<Instant> added = network.supply().stream().filter(s -> !drawn.supply().contains(s))
                    .map(io.promiseengine.model.Supply::arrives).toList();
            for (PromiseOption o : r.options()) {
                if (o.orderBy().isPresent() && added.stream().anyMatch(a -> a.isAfter(request.at())
                        && !a.isAfter(o.orderBy().get()))) {
                    rulesSupplyBeforeOrderBy++;
                }
            }
        }

        void request(QuoteRequest request, Answer engine) {
            int options = engine.value() instanceof Quote q ? q.options().size() : 0;
            if (request.lines().size() >= 5) {
                bigCarts++;
                bigCartOptions += options;
            }
            if (request.lines().stream().anyMatch(l -> l.quantity() >= 1_000_000)) {
                largeQuantities++;
                largeQuantityOptions += options;
            }
        }

        void count(Network network, Quote q) {
            q.rejected().forEach(r -> rejections.merge(r.reason(), 1, Integer::sum));
            Instant h = q.at().plus(java.time.Duration.ofDays(60));
            for (PromiseOption o : q.options()) {
                options++;
                lastDay += o.promisedAt().isAfter(h.minus(java.time.Duration.ofDays(1))) ? 1 : 0;
                orderByLastDay += o.orderBy().filter(u -> u.isAfter(h.minus(java.time.Duration.ofDays(1)))).isPresent() ? 1 : 0;
                sameAtTheHorizon += o.orderBy().isEmpty() ? 1 : 0;
                byMethod.merge(o.method(), 1, Integer::sum);
                withOrderBy += o.orderBy().isPresent() ? 1 : 0;
                split += o.shipments().size() > 1 ? 1 : 0;
                partialConfidence += o.confidence() < 1 ? 1 : 0;
                for (Shipment s : o.shipments()) {
                    transferred += o.method() == Method.COLLECT && !o.location().equals(Optional.of(s.from())) ? 1 : 0;
                    abroad += s.zone().equals(network.zone()) ? 0 : 1;
                }
            }
        }

        void assertVaried(int seeds, Method... methods) {
            assertThat(byMethod.keySet()).as("methods offered").containsExactlyInAnyOrder(methods);
            assertThat(byMethod.values()).as("options per method").allMatch(n -> n >= seeds / 10);
            assertThat(withOrderBy).as("options with an order-by").isGreaterThanOrEqualTo(seeds / 2);
            assertThat(split).as("split options").isGreaterThanOrEqualTo(seeds / 50);
            assertThat(transferred).as("collect shipments by transfer").isGreaterThanOrEqualTo(seeds / 50);
            assertThat(abroad).as("shipments from a location in another zone").isGreaterThanOrEqualTo(seeds / 50);
            assertThat(partialConfidence).as("options with confidence < 1").isGreaterThanOrEqualTo(seeds / 20);
            assertThat(refused).as("refused requests").isGreaterThanOrEqualTo(seeds);
            assertThat(rejections.keySet()).as("reasons in rejected").contains(RejectReason.NOT_AN_ORIGIN,
                    RejectReason.OUT_OF_RANGE, RejectReason.NO_LANE, RejectReason.OUT_OF_STOCK);
        }

        @Override
        public String toString() {
            return quotes + " quotes, " + options + " options, by method " + byMethod + ", with orderBy " + withOrderBy + ", split " + split
                    + ", by transfer " + transferred + ", from another zone " + abroad + ", confidence < 1 "
                    + partialConfidence + ", refused " + refused + ", rejected " + rejections + ", big carts " + bigCarts
                    + " (" + bigCartOptions + " options), millions of units " + largeQuantities + " ("
                    + largeQuantityOptions + " options), promised within H's last day " + lastDay + ", order-by there "
                    + orderByLastDay + ", no order-by (same date at H) " + sameAtTheHorizon
                    + (changedByRules + rulesSupplyBeforeOrderBy > 0 ? ", changed by rules " + changedByRules
                    + ", order-by after a rules' supply arrival " + rulesSupplyBeforeOrderBy : "") + (byMethod.containsKey(Method.SCHEDULED) ? "; " + windows : "");
        }
    }

    private static String describe(PromiseOption o) {
        return o.method() + " " + o.service().or(o::location).orElseThrow();
    }
}
