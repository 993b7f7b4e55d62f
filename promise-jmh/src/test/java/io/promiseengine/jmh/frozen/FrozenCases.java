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
package io.promiseengine.jmh.frozen;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.jmh.FranceNetwork;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.json.RuleSetDocument;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cases whose answers are frozen: for a seed, one request (or a listing page, or a quote under a rule set
 * with the planner's fulfilment of each option) on one of three kinds of networks, answered as the text of
 * the public records ({@code Quote}, {@code Listing}, {@code PlanResult}: every option, order-by, confidence,
 * shipment, rejection and badge), so any change of an answer changes the text. (Requests are left out of the
 * text: their method sets print in an order that may change from one JVM to the next.) The requests reach where the
 * baseline cannot follow: carts of up to 12 lines with {@code maxShipments} up to 10, large quantities,
 * order instants whose 60-day horizon falls on a supply arrival, rule sets.
 *
 * <ul>
 *   <li>seed % 3 == 0: the France demo network ({@code examples/networks/france-demo.json}, 26 locations, 12
 *       skus), any cart of its skus, sometimes under one of the example rule sets;</li>
 *   <li>seed % 3 == 1: {@link FranceNetwork} with 100 stores (built once), carts of 1 to 12 popular skus;</li>
 *   <li>seed % 3 == 2: a {@link NetworkGenerator} network and request with {@code maxShipments} up to 10,
 *       and a listing page of every sku one time in four.</li>
 * </ul>
 */
final class FrozenCases {

    private static final Path EXAMPLES = locate("examples");
    private static Network demo;
    private static PromiseCalculator demoCalculator;
    private static List<String> demoSkus;
    private static List<RuleSet> ruleSets;
    private static Network france;
    private static PromiseCalculator franceCalculator;

    private FrozenCases() {
    }

    /** The answer of a seed's case, as text. */
    static String answer(long seed) {
        return asFrozen(switch ((int) (seed % 3)) {
            case 0 -> demoCase(seed);
            case 1 -> franceCase(seed);
            default -> generatedCase(seed);
        });
    }

    private static final Pattern OPTIONAL_ID = Pattern.compile("(service|location)=Optional(?:\\.empty|\\[([^\\]]*)\\])");
    private static final String PLANNED = "Planned[plan=";
    private static final String UNPLANNED = "Unplanned[detail=";

    /**
     * The text in the shapes the records had when the answers were frozen, so that the same answers print the same
     * text: issue 16 made {@code PromiseOption.service()} and {@code location()} optional (they were strings, {@code ""}
     * for "not applicable") and {@code PlanResult} a sealed interface (it was one record of an optional fulfilment, a
     * reason, {@code ""} with a plan, and the rejections). Nothing else is rewritten.
     */
    static String asFrozen(String text) {
        String t = OPTIONAL_ID.matcher(text).replaceAll(m -> m.group(1) + "=" + Matcher.quoteReplacement(
                m.group(2) == null ? "" : m.group(2)));
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(PLANNED) && line.endsWith("]")) {
                out.append("PlanResult[fulfilment=Optional[").append(line, PLANNED.length(), line.length() - 1)
                        .append("], reason=, rejected=[]]");
            } else if (line.startsWith(UNPLANNED) && line.contains(", rejected=[")) {
                int rejected = line.indexOf(", rejected=[");
                out.append("PlanResult[fulfilment=Optional.empty, reason=").append(line, UNPLANNED.length(), rejected)
                        .append(line, rejected, line.length());
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /** The first 16 bytes of the SHA-256 of a text, in hex. */
    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void loadDemo() {
        if (demo != null) {
            return;
        }
        try {
            // the frozen answers predate currencies and delivery windows: the demo network as it was, without the
            // EUR it declares since issue 16 (an option's currency is checked by CurrencyDocumentTest in
            // promise-rules) and without the SCHEDULED vans and their windowLoad it has since issue 17 (DemoTest)
            demo = asFrozen(NetworkDocument.read(EXAMPLES.resolve("networks/france-demo.json")));
            ruleSets = List.of(RuleSetDocument.read(EXAMPLES.resolve("rules/stores-first.json")),
                    RuleSetDocument.read(EXAMPLES.resolve("rules/warehouses-first.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        demoCalculator = PromiseCalculator.of(demo);
        TreeSet<String> skus = new TreeSet<>();
        for (StockLevel s : demo.stock()) {
            skus.add(s.sku());
        }
        demoSkus = List.copyOf(skus);
    }

    private static Network asFrozen(Network n) {
        List<io.promiseengine.model.Service> services = n.services().stream()
                .filter(s -> s.method() != Method.SCHEDULED).toList();
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), services, n.transfers(), n.stock(),
                n.supply(), n.load(), List.of(), java.util.Optional.empty());
    }

    private static String demoCase(long seed) {
        loadDemo();
        Random rnd = new Random(seed);
        Instant at;
        if (rnd.nextInt(4) == 0 && !demo.supply().isEmpty()) {
            // the horizon (60 days) within hours of a supply arrival
            Supply s = demo.supply().get(rnd.nextInt(demo.supply().size()));
            at = s.arrives().minus(Duration.ofDays(60)).plusSeconds(rnd.nextInt(12 * 3600) - 6 * 3600);
        } else {
            at = Instant.parse("2026-09-01T00:00:00Z").plusSeconds(rnd.nextInt(120 * 24 * 3600));
        }
        List<String> codes = new ArrayList<>(new TreeSet<>(demo.postalCodes().keySet()));
        String code = codes.get(rnd.nextInt(codes.size()));
        Position near = demo.postalCodes().get(code);
        Destination destination = switch (rnd.nextInt(6)) {
            case 0 -> Destination.position(Position.of(near.lat() + rnd.nextDouble() * 0.1, near.lon() + rnd.nextDouble() * 0.1));
            case 1 -> Destination.of(code, near);
            case 2 -> Destination.postalCode("99999");
            default -> Destination.postalCode(code);
        };
        int lines = 1 + rnd.nextInt(rnd.nextInt(3) == 0 ? demoSkus.size() : 4);
        QuoteRequest.Builder b = QuoteRequest.builder(at, destination)
                .confidence(new double[] {0.5, 0.8, 0.9, 0.95, 0.99, 1.0}[rnd.nextInt(6)])
                .maxShipments(1 + rnd.nextInt(10))
                .explain(rnd.nextInt(3) == 0);
        if (rnd.nextInt(4) == 0) {
            b.methods(Method.values()[rnd.nextInt(3)]);
        }
        List<String> skus = new ArrayList<>(demoSkus);
        java.util.Collections.shuffle(skus, rnd);
        for (int i = 0; i < lines; i++) {
            int q = rnd.nextInt(10) == 0 ? new int[] {7, 40, 1_000_000}[rnd.nextInt(3)] : 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 3 : 1);
            b.line(skus.get(i), q);
        }
        QuoteRequest request = b.build();
        if (rnd.nextInt(4) != 0) {
            return String.valueOf(answer(() -> demoCalculator.quote(request)));
        }
        // under a rule set: the quote of the order, then the planner's fulfilment of each option
        RuleSet rules = ruleSets.get(rnd.nextInt(ruleSets.size()));
        PromiseEngine engine = PromiseEngine.builder(demo).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
        Order order = Order.of("o-" + seed, request);
        if (rnd.nextBoolean()) {
            order = order.withAttributes(request.lines().get(0).sku(), Map.of("weightKg", String.valueOf(rnd.nextInt(30))));
        }
        Order o = order;
        StringBuilder out = new StringBuilder(rules.name() + "\n");
        Object quote = answer(() -> engine.quote(o, rules));
        out.append(quote);
        if (quote instanceof Quote q) {
            for (PromiseOption option : q.options()) {
                out.append('\n').append(answer(() -> engine.planner(rules).plan(o, option)));
            }
        }
        return out.toString();
    }

    private static synchronized void loadFrance() {
        if (france == null) {
            france = FranceNetwork.generate(100, 42);
            franceCalculator = PromiseCalculator.of(france);
        }
    }

    private static String franceCase(long seed) {
        loadFrance();
        Random rnd = new Random(seed);
        int lines = new int[] {1, 2, 3, 3, 5, 8, 12}[rnd.nextInt(7)];
        QuoteRequest request = FranceNetwork.quotes(1, lines, 1 + rnd.nextInt(10), seed)[0];
        return String.valueOf(answer(() -> franceCalculator.quote(request)));
    }

    private static String generatedCase(long seed) {
        NetworkGenerator gen = new NetworkGenerator(seed);
        Network network = gen.network();
        PromiseCalculator calculator = PromiseCalculator.of(network);
        QuoteRequest shape = gen.request();
        Random rnd = gen.random();
        QuoteRequest request = new QuoteRequest(shape.at(), shape.destination(), shape.lines(), shape.confidence(),
                shape.methods(), shape.methodsGiven(), shape.collectAt(), shape.collectAtGiven(), 1 + rnd.nextInt(10),
                shape.explain());
        StringBuilder out = new StringBuilder().append(answer(() -> calculator.quote(request)));
        if (rnd.nextInt(4) == 0) {
            ListingRequest page = new ListingRequest(request.at(), request.destination(), List.of("A", "B", "C", "D", "E"),
                    request.confidence(), request.methods(), request.methodsGiven(), request.collectAt(),
                    request.collectAtGiven());
            out.append('\n').append(answer(() -> calculator.listing(page)));
        }
        return out.toString();
    }

    /** The answer, or the refusal with the field it names, or any other exception as its class and message. */
    private static Object answer(Supplier<?> answer) {
        try {
            return answer.get();
        } catch (InvalidRequestException e) {
            return "refused, field " + e.field() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** A directory of the repository, from the module's directory or the root. */
    private static Path locate(String name) {
        for (Path p : List.of(Path.of(name), Path.of("..", name))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("..", name);
    }

    /**
     * Prints {@code seed digest} for seeds {@code [first, first + count)}, optionally the texts too: run with an
     * old and a new build on the classpath and compare the outputs ({@code java ... FrozenCases 1 5000}).
     */
    public static void main(String[] args) {
        long first = Long.parseLong(args[0]);
        long count = Long.parseLong(args[1]);
        boolean texts = args.length > 2 && args[2].equals("text");
        for (long seed = first; seed < first + count; seed++) {
            String a = answer(seed);
            System.out.println(seed + " " + digest(a) + (texts ? "\n" + a : ""));
        }
    }
}
