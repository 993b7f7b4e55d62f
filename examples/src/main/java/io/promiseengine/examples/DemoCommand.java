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
package io.promiseengine.examples;

import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.WindowCancelled;
import io.promiseengine.json.RuleSetDocument;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.Destination;
import io.promiseengine.model.Method;
import io.promiseengine.rules.RuleSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code demo}: the France demo network ({@code examples/networks/france-demo.json}, bundled in the jar) quoted
 * for a few carts, each option read out in French and English by {@link PromiseMessages} as a shopper reads it
 * at the order instant, then the badges of a listing page at two postal codes.
 *
 * <p>The carts and pages are the documents of {@code examples/networks/requests/} and
 * {@code examples/networks/listings/}; each carries its own order instant ({@code at}), which is also the
 * "now" of its messages, so the demo prints the same bytes on every run.
 */
final class DemoCommand implements Command {

    static final String NETWORK = "france-demo.json";
    static final List<String> REQUESTS = List.of("paris-cart.json", "lyon-split-cart.json", "marseille-single.json",
            "sunday-evening.json");
    static final List<String> LISTINGS = List.of("paris-bastille.json", "lyon-bellecour.json");
    static final List<String> RULE_SETS = List.of("stores-first.json", "warehouses-first.json");

    private static final PromiseMessages FRENCH = PromiseMessages.french();
    private static final PromiseMessages ENGLISH = PromiseMessages.english();

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "quotes, listing badges and plans under two rule sets on the France demo network";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, RefusedException {
        expect(args);
        Network network = Inputs.network(resource(NETWORK), NETWORK + ": ");
        out.print(new Script(network).text());
        return PromiseCli.OK;
    }

    /** A bundled document: {@code networks/NAME} in the jar, {@code examples/networks/NAME} in the sources. */
    static String resource(String name) {
        return bundled("/networks/" + name);
    }

    /** A bundled document by its path in the jar. */
    static String bundled(String path) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the demo document " + path + " is not on the classpath;"
                        + " maybe build the jar with mvn package, which bundles examples/networks");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's text for one network, built line by line. */
    private static final class Script {

        private final Network network;
        private final PromiseCalculator calculator;
        private final Map<String, String> locationNames = new HashMap<>();
        private final Map<String, String> serviceNames = new HashMap<>();
        private final StringBuilder text = new StringBuilder();

        Script(Network network) {
            this.network = network;
            this.calculator = PromiseCalculator.of(network);
            for (Location l : network.locations()) {
                locationNames.put(l.id(), l.name().isEmpty() ? l.id() : l.name());
            }
            for (Service s : network.services()) {
                serviceNames.put(s.id(), s.carrier().isEmpty() ? s.id() : s.carrier());
            }
        }

        String text() {
            line("Promise Engine demo: the France network (examples/networks/" + NETWORK + ")");
            line(ValidateCommand.summary(network) + ".");
            line("Each cart is quoted as the quote command does; each option is read as a shopper reads it when");
            line("ordering, in French and English. Requests: examples/networks/requests/.");
            for (int i = 0; i < REQUESTS.size(); i++) {
                line("");
                cart(i + 1, REQUESTS.get(i));
            }
            line("");
            line("Listing pages: the best option per method for each product, one unit each, as the listing");
            line("command computes them for a whole page at once. Pages: examples/networks/listings/.");
            for (String name : LISTINGS) {
                line("");
                page(name);
            }
            line("");
            plans();
            line("");
            delay();
            line("");
            window();
            return text.toString();
        }

        private void cart(int number, String name) {
            QuoteRequest request = RequestDocument.read(resource("requests/" + name));
            Quote quote = calculator.quote(request);
            line("Cart " + number + " of " + REQUESTS.size() + " (" + name + "): ordered " + when(request.at())
                    + ", to " + destination(request.destination()));
            List<String> lines = new ArrayList<>();
            for (Line l : request.lines()) {
                lines.add(l.quantity() + " x " + l.sku());
            }
            line("  " + String.join(", ", lines) + (request.maxShipments() > 1
                    ? ", in up to " + request.maxShipments() + " parcels" : ""));
            if (quote.options().isEmpty()) {
                line("  no option");
            }
            for (PromiseOption o : quote.options()) {
                line("  - " + heading(o));
                sentences(o, request.at());
            }
            if (request.explain()) {
                line("  (" + ValidateCommand.count(quote.rejected().size(), "location")
                        + " passed over, with their reasons in the quote command's \"rejected\")");
            }
        }

        private void page(String name) {
            ListingRequest request = ListingDocument.read(resource("listings/" + name));
            Listing listing = calculator.listing(request);
            line("Listing page (" + name + "): " + ValidateCommand.count(request.skus().size(), "product")
                    + ", seen " + when(request.at()) + ", from " + destination(request.destination()));
            for (Badge b : listing.badges()) {
                line("  " + b.sku() + (b.collectStores() == 0 ? ""
                        : ": can be collected at " + ValidateCommand.count(b.collectStores(), "store") + " nearby"));
                badge("home delivery", b.homeDelivery(), request.at());
                badge("courier", b.courier(), request.at());
                badge("collect", b.collect(), request.at());
                if (b.homeDelivery().isEmpty() && b.courier().isEmpty() && b.collect().isEmpty()) {
                    line("    no option");
                }
            }
        }

        /**
         * One order (a t-shirt to Paris 15e, standard home delivery) planned under each example rule set, then
         * reserved: the planner picks the cheapest origin that keeps the quoted date under the rules.
         */
        private void plans() {
            Instant at = Instant.parse("2026-09-17T12:30:00Z");
            QuoteRequest request = QuoteRequest.builder(at, Destination.postalCode("75015"))
                    .line("TSHIRT-M", 1).methods(Method.HOME_DELIVERY).build();
            line("Plans: one TSHIRT-M to 75015, ordered " + when(at) + ", planned under each rule set of");
            line("examples/rules/ and reserved (held 30 min unless confirmed) on a live engine of its own.");
            for (String name : RULE_SETS) {
                RuleSet rules = RuleSetDocument.read(bundled("/rules/" + name));
                PromiseEngine engine = PromiseEngine.builder(network).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
                Order order = Order.of("demo-" + name.replace(".json", ""), request)
                        .withAttributes("TSHIRT-M", Map.of("weightKg", "0.2", "category", "apparel"));
                line("");
                line("  Rule set " + name + ":");
                Optional<PromiseOption> std = engine.quote(order, rules).options().stream()
                        .filter(o -> o.service().equals(Optional.of("std"))).findFirst();
                if (std.isEmpty()) {
                    line("    no standard delivery under these rules");
                    continue;
                }
                line("    promised: " + FRENCH.describe(std.get(), at, locationNames::get).promise()
                        + " | " + ENGLISH.describe(std.get(), at, locationNames::get).promise());
                PlanResult plan = engine.planner(rules).plan(order, std.get());
                if (plan instanceof PlanResult.Unplanned none) {
                    line("    no plan: " + none.detail());
                    continue;
                }
                Fulfilment f = ((PlanResult.Planned) plan).plan();
                for (PlannedShipment s : f.shipments()) {
                    line("    ship from " + locationNames.get(s.from()) + " (" + s.from() + "), ready "
                            + when(s.readyAt()) + ", cost " + s.cost().toPlainString());
                }
                line("    delivered by " + f.date() + ", confidence " + String.format(Locale.ROOT, "%.2f", f.confidence())
                        + ", total cost " + f.cost().toPlainString()
                        + (plan.budgetReached() ? " (the best found within the planner's budget)" : ""));
                ReservationResult held = engine.reserve(order.id(), f);
                line("    reserved: " + (held.isReserved() ? "yes, until confirmed or 30 min" : "no, " + held));
            }
        }

        /**
         * One order captured by a promise tracker, then the carrier of its service running a day late on
         * every lane: the tracker finds the order, cannot keep its date with any origin, promises it again and
         * tells the customer.
         */
        private void delay() {
            Instant at = Instant.parse("2026-09-17T12:30:00Z");
            QuoteRequest request = QuoteRequest.builder(at, Destination.postalCode("75015"))
                    .line("TSHIRT-M", 1).methods(Method.HOME_DELIVERY).build();
            PromiseEngine engine = PromiseEngine.builder(network).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
            List<PromiseChange> heard = new ArrayList<>();
            PromiseTracker tracker = PromiseTracker.builder(engine).listener(heard::add).build();
            Order order = Order.of("order-1042", request);
            line("Events: order-1042 (one TSHIRT-M to 75015, ordered " + when(at) + ") is captured by a promise");
            line("tracker, which follows its promise, plan and reservation (docs/EVENTS.md).");
            Optional<PromiseOption> std = engine.quote(order).options().stream()
                    .filter(o -> o.service().equals(Optional.of("std"))).findFirst();
            if (std.isEmpty()) {
                line("  no standard delivery");
                return;
            }
            CaptureResult captured = tracker.capture(order, std.get());
            if (captured instanceof CaptureResult.Refused refused) {
                line("  not captured: " + refused.detail());
                return;
            }
            line("  promised: " + FRENCH.describe(std.get(), at, locationNames::get).promise() + ", shipped from "
                    + locationNames.get(captured.order().get().fulfilment().shipments().get(0).from()));
            Instant later = at.plus(Duration.ofHours(1));
            EventOutcome outcome = tracker.apply(CarrierDelayed.shift("delay-1", later, "std", 1));
            line("  " + when(later) + ": " + serviceNames.get("std") + " is running a day late on every lane;");
            line("  " + ValidateCommand.count(outcome.touched().size(), "order") + " touched, "
                    + outcome.replanned().size() + " re-planned, " + outcome.changed().size() + " promised again");
            for (PromiseChange c : heard) {
                line("  message to the customer of " + c.orderId() + ":");
                line("      fr  " + c.message(Locale.FRENCH));
                line("      en  " + c.message(Locale.ENGLISH));
            }
        }

        /**
         * One SCHEDULED order captured by a promise tracker in the window the shopper chose (Saturday 14:00 to
         * 16:00 in zone 75), then the vans of that window cancelled: the tracker moves the order to the next
         * window with room and tells the customer.
         */
        private void window() {
            Instant at = Instant.parse("2026-09-17T12:30:00Z");
            QuoteRequest request = QuoteRequest.builder(at, Destination.postalCode("75015"))
                    .line("TSHIRT-M", 1).methods(Method.SCHEDULED).maxWindows(12).build();
            PromiseEngine engine = PromiseEngine.builder(network).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
            List<PromiseChange> heard = new ArrayList<>();
            PromiseTracker tracker = PromiseTracker.builder(engine).listener(heard::add).build();
            Order order = Order.of("order-1043", request);
            line("Delivery window: order-1043 (one TSHIRT-M to 75015, ordered " + when(at) + ") is captured in");
            line("the window its shopper chose, then that window's vans are cancelled (docs/EVENTS.md).");
            Optional<PromiseOption> vans = engine.quote(order).options().stream()
                    .filter(o -> o.service().equals(Optional.of("vans-paris"))).findFirst();
            Instant saturday = ZonedDateTime.of(2026, 9, 19, 14, 0, 0, 0, network.zone()).toInstant();
            Optional<io.promiseengine.quote.DeliveryWindow> chosen = vans.flatMap(o -> o.windows().stream()
                    .filter(w -> w.start().equals(saturday)).findFirst());
            if (chosen.isEmpty()) {
                line("  no delivery window on Saturday at 14:00");
                return;
            }
            CaptureResult captured = tracker.capture(order, vans.get(), chosen.get());
            if (captured instanceof CaptureResult.Refused refused) {
                line("  not captured: " + refused.detail());
                return;
            }
            PromiseOption held = captured.order().get().promise();
            line("  chosen: " + FRENCH.describe(held, at, locationNames::get).promise() + ", shipped from "
                    + locationNames.get(captured.order().get().fulfilment().shipments().get(0).from()));
            Instant later = at.plus(Duration.ofHours(2));
            EventOutcome outcome = tracker.apply(new WindowCancelled("vans-1", later, "vans-paris", "75", saturday));
            line("  " + when(later) + ": " + serviceNames.get("vans-paris") + " cancels its Saturday 14:00 round in zone 75;");
            line("  " + ValidateCommand.count(outcome.touched().size(), "order") + " touched, "
                    + outcome.changed().size() + " moved to another window");
            for (PromiseChange c : heard) {
                line("  message to the customer of " + c.orderId() + ":");
                line("      fr  " + c.message(Locale.FRENCH));
                line("      en  " + c.message(Locale.ENGLISH));
            }
        }

        private void badge(String label, Optional<PromiseOption> option, Instant now) {
            option.ifPresent(o -> line(String.format(Locale.ROOT, "    %-14s %s | %s", label,
                    FRENCH.describe(o, now, locationNames::get).promise(),
                    ENGLISH.describe(o, now, locationNames::get).promise())));
        }

        /**
         * {@code Home delivery, Colis Standard: 1 parcel from Entrepôt Marne-la-Vallée, €4.90, confidence 0.97}: the
         * price in the network's currency (the demo network declares EUR), as the English messages write it.
         */
        private String heading(PromiseOption o) {
            List<String> origins = new ArrayList<>();
            for (Shipment s : o.shipments()) {
                origins.add(locationNames.getOrDefault(s.from(), s.from()));
            }
            String from = String.join(" and ", origins);
            if (o.method() == Method.COLLECT) {
                String id = o.location().orElseThrow();
                String store = locationNames.getOrDefault(id, id);
                return "Click and collect at " + store + (from.equals(store) ? ", from its own stock"
                        : ", prepared by " + from);
            }
            String id = o.service().orElseThrow();
            String service = serviceNames.getOrDefault(id, id);
            String method = switch (o.method()) {
                case COURIER -> "Courier, ";
                case SCHEDULED -> "Delivery window, ";
                default -> "Home delivery, ";
            };
            return method + service + ": "
                    + ValidateCommand.count(o.shipments().size(), "parcel") + " from " + from + ", "
                    + ENGLISH.price(o).orElseGet(() -> o.price().setScale(2, RoundingMode.HALF_EVEN).toPlainString())
                    + ", confidence "
                    + String.format(Locale.ROOT, "%.2f", o.confidence());
        }

        private void sentences(PromiseOption o, Instant now) {
            for (PromiseMessages messages : List.of(FRENCH, ENGLISH)) {
                PromiseMessages.Message m = messages.describe(o, now, locationNames::get);
                line("      " + messages.locale().getLanguage() + "  " + m.promise()
                        + m.orderBy().map(s -> " \u2014 " + s).orElse(""));
                for (io.promiseengine.quote.DeliveryWindow w : o.windows()) { // the windows a checkout offers
                    PromiseMessages.Message wm = messages.describe(o, w, now);
                    line("            " + wm.promise() + wm.orderBy().map(s -> " \u2014 " + s).orElse(""));
                }
            }
        }

        /** {@code Thursday 17 September 2026 at 10:15} in the network's zone, in English without locale data. */
        private String when(Instant at) {
            ZoneId zone = network.zone();
            ZonedDateTime t = at.atZone(zone);
            return capitalized(t.getDayOfWeek().name()) + " " + t.getDayOfMonth() + " " + capitalized(t.getMonth().name())
                    + " " + t.getYear() + " at " + t.toLocalTime();
        }

        private static String capitalized(String enumName) {
            return enumName.charAt(0) + enumName.substring(1).toLowerCase(Locale.ROOT);
        }

        private static String destination(Destination d) {
            String position = d.position().map(p -> "(" + p.lat() + ", " + p.lon() + ")").orElse("");
            return d.postalCode().isEmpty() ? position : position.isEmpty() ? d.postalCode()
                    : d.postalCode() + " " + position;
        }

        private void line(String s) {
            text.append(s).append('\n');
        }
    }
}
