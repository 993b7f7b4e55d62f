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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.ResponseDocument;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON endpoints: the library's documents in and out ({@code /api/quote}, {@code /api/listing}), what the
 * pages ask ({@code /api/products/{sku}/badges}, {@code /api/checkout}, {@code /api/orders}), Shopify's
 * callback, the tracker's events and the health check. Each reads the request, asks the engine or the
 * tracker, and writes the answer; nothing else.
 */
final class ApiHandlers {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Storefront shop;
    private final ShopMetrics metrics;
    private final StorefrontServer.Settings settings;
    private final ShopifyRates shopify;

    ApiHandlers(Storefront shop, ShopMetrics metrics, StorefrontServer.Settings settings) {
        this.shop = shop;
        this.metrics = metrics;
        this.settings = settings;
        this.shopify = new ShopifyRates(shop, settings.countries(), settings.confidence());
    }

    /** {@code GET /health}: up, with the network version and the orders followed. */
    void health(Context ctx) {
        ObjectNode n = JSON.objectNode();
        n.put("status", "UP");
        n.put("now", shop.now().toString());
        n.put("networkVersion", shop.engine().networkVersion());
        n.put("ordersFollowed", shop.tracker().orders().size());
        json(ctx, n);
    }

    /** {@code POST /shopify/rates}: Shopify's carrier-service callback. */
    void rates(Context ctx, RequestDeadline.Turn turn) {
        ShopifyRates.RateRequest request = ShopifyRates.read(ctx.body());
        metrics.quote("shopify");
        JsonNode answer = shopify.answer(request);
        if (turn.work()) {
            json(ctx, answer);
        }
    }

    /** {@code POST /api/quote}: a request document in, the response document out (spec 3). */
    void quote(Context ctx, RequestDeadline.Turn turn) {
        QuoteRequest request = RequestDocument.read(ctx.body());
        metrics.quote("quote");
        String answer = ResponseDocument.write(shop.engine().quote(request), request.explain());
        if (turn.work()) {
            ctx.contentType("application/json").result(answer);
        }
    }

    /** {@code POST /api/listing}: a listing document in, its badges out (docs/LISTING-FORMAT.md). */
    void listing(Context ctx, RequestDeadline.Turn turn) {
        ListingRequest request = ListingDocument.read(ctx.body());
        metrics.quote("listing");
        String answer = ListingDocument.write(LiveListing.of(shop.engine(), request));
        if (turn.work()) {
            ctx.contentType("application/json").result(answer);
        }
    }

    /**
     * {@code GET /api/products/{sku}/badges?postalCode=75011&lang=fr}: the product page's badges, now, as
     * sentences with their countdowns; {@code collectStores} is the number of stores nearby that can have it ready.
     * A delivery-window badge (SCHEDULED) has the one window of the listing's {@code Badge.scheduled} in
     * {@code windows}, with its own sentence and the countdown to the window's order-by.
     */
    void badges(Context ctx) {
        String sku = ctx.pathParam("sku");
        String postalCode = Optional.ofNullable(ctx.queryParam("postalCode")).orElse("").trim();
        if (!postalCode.matches("[0-9A-Za-z]{2,10}")) {
            throw new BadDocumentException(List.of("postalCode: must be 2 to 10 letters or digits, was "
                    + Echo.quote(postalCode)));
        }
        Locale language = Language.of(ctx);
        Instant now = shop.now();
        ListingRequest request = ListingRequest.builder(now, Destination.postalCode(postalCode))
                .skus(sku).confidence(settings.confidence()).build();
        metrics.quote("badges");
        Badge badge = LiveListing.of(shop.engine(), request).badges().get(0);
        ObjectNode n = JSON.objectNode();
        n.put("now", now.toString());
        n.put("sku", sku);
        n.put("postalCode", postalCode);
        n.put("collectStores", badge.collectStores());
        ArrayNode options = n.putArray("badges");
        badge.homeDelivery().ifPresent(o -> options.add(OptionView.of(o, now, language, shop)));
        badge.courier().ifPresent(o -> options.add(OptionView.of(o, now, language, shop)));
        badge.collect().ifPresent(o -> options.add(OptionView.of(o, now, language, shop)));
        // the listing's first window (Badge.scheduled: one window, the earliest a SCHEDULED service offers)
        badge.scheduled().ifPresent(o -> options.add(OptionView.of(o, now, language, shop)));
        json(ctx, n);
    }

    /** {@code POST /api/checkout}: a cart ({@code destination}, {@code lines}) in, every option now out. */
    void checkoutOptions(Context ctx, RequestDeadline.Turn turn) {
        Locale language = Language.of(ctx);
        Instant now = shop.now();
        ObjectNode body = object(ctx.body());
        QuoteRequest request = requestAt(body, now);
        metrics.quote("checkout");
        Quote quote = shop.engine().quote(Order.of("checkout", request));
        ObjectNode n = JSON.objectNode();
        n.put("now", now.toString());
        ArrayNode options = n.putArray("options");
        for (PromiseOption o : quote.options()) {
            options.add(OptionView.of(o, now, language, shop));
        }
        if (turn.work()) {
            json(ctx, n);
        }
    }

    /**
     * {@code POST /api/orders}: places an order, as the checkout page does. The cart is quoted now; the option
     * of {@code choice} ({@code method} and {@code service}, or {@code location} for collect) is planned,
     * reserved and confirmed by the tracker, which follows the order from then on. 201 with the order, or 409
     * when the option is no longer offered or cannot be reserved (the reason says why).
     *
     * <p>Under the request deadline, the answer is claimed once the cart is quoted, before anything is reserved:
     * a {@code 503} means that nothing was placed (a retry is safe: the order ids are the server's, a retry is a new
     * order), and an order whose capture has begun is answered with its outcome, past the deadline if need be.
     */
    void placeOrder(Context ctx, RequestDeadline.Turn turn) {
        Locale language = Language.of(ctx);
        Instant now = shop.now();
        ObjectNode body = object(ctx.body());
        JsonNode choice = body.remove("choice");
        Choice chosen = Choice.read(choice);
        QuoteRequest request = requestAt(body, now);
        Order order = Order.of(shop.nextOrderId(), request);
        metrics.quote("order");
        Optional<PromiseOption> option = chosen.in(shop.engine().quote(order));
        if (!turn.work()) {
            return; // answered 503 at the deadline: nothing is reserved
        }
        if (option.isEmpty()) {
            metrics.refused();
            StorefrontServer.error(ctx, 409, "the option chosen is no longer offered for this cart", List.of());
            return;
        }
        PromiseOption promise = option.get();
        CaptureResult captured;
        if (promise.method() == Method.SCHEDULED) {
            Optional<DeliveryWindow> window = chosen.window(promise);
            if (window.isEmpty()) {
                metrics.refused();
                StorefrontServer.error(ctx, 409, "the window chosen is no longer offered for this cart", List.of());
                return;
            }
            // planned for that window, its drop reserved and followed as the promise of that window
            captured = shop.tracker().capture(order, promise, window.get());
        } else {
            captured = shop.tracker().capture(order, promise);
        }
        if (captured instanceof CaptureResult.Refused refused) {
            metrics.refused();
            StorefrontServer.error(ctx, 409, "the order could not be reserved", List.of(refused.detail()));
            return;
        }
        metrics.reserved();
        TrackedOrder tracked = captured.order().get();
        shop.placed(tracked);
        ctx.status(201);
        json(ctx, orderView(tracked.id(), language));
    }

    /** {@code GET /api/orders/{id}}: the order's promise now, and the changes told, newest last. */
    void order(Context ctx) {
        String id = ctx.pathParam("id");
        if (shop.placedOrder(id).isEmpty()) {
            StorefrontServer.error(ctx, 404, "no order " + Echo.quote(id), List.of());
            return;
        }
        json(ctx, orderView(id, Language.of(ctx)));
    }

    /**
     * {@code POST /events}: one tracker event (docs/STOREFRONT.md), applied; what it did to the orders. An event
     * applied past the deadline stays applied while the answer is 503: a retry of its id is {@code repeated}.
     */
    void event(Context ctx, RequestDeadline.Turn turn) {
        PromiseEvent event = EventDocument.read(ctx.body(), shop.now());
        EventOutcome outcome = shop.tracker().apply(event);
        ObjectNode n = JSON.objectNode();
        n.put("id", event.id());
        n.put("repeated", outcome.repeated());
        outcome.touched().forEach(n.putArray("touched")::add);
        ArrayNode replanned = n.putArray("replanned");
        outcome.replanned().forEach(r -> replanned.add(r.orderId()));
        ArrayNode changed = n.putArray("changed");
        for (PromiseChange c : outcome.changed()) {
            ObjectNode o = changed.addObject();
            o.put("orderId", c.orderId());
            o.put("message", c.message(Locale.FRENCH));
            o.put("messageEn", c.message(Locale.ENGLISH));
        }
        if (turn.work()) {
            json(ctx, n);
        }
    }

    /** The order page's JSON: the promise now, the first one, and the customer's sentences. */
    ObjectNode orderView(String id, Locale language) {
        TrackedOrder placed = shop.placedOrder(id).orElseThrow();
        Optional<TrackedOrder> now = shop.tracker().order(id);
        List<PromiseChange> changes = shop.changes(id);
        Instant instant = shop.now();
        ObjectNode n = JSON.objectNode();
        n.put("orderId", id);
        n.put("placedAt", placed.order().request().at().toString());
        n.put("status", now.isPresent() ? (changes.isEmpty() ? "CONFIRMED" : "PROMISE_CHANGED") : "TO_BE_CONTACTED");
        ObjectNode first = OptionView.of(placed.promise(), instant, language, shop);
        n.set("promised", first);
        Optional<PromiseOption> current = now.map(TrackedOrder::promise);
        if (current.isPresent()) {
            n.set("promise", OptionView.of(current.get(), instant, language, shop));
        } else {
            n.putNull("promise");
        }
        ArrayNode told = n.putArray("changes");
        for (PromiseChange c : changes) {
            ObjectNode o = told.addObject();
            o.put("event", c.cause().id());
            o.put("at", c.cause().at().toString());
            o.put("message", c.message(language));
        }
        ArrayNode lines = n.putArray("lines");
        placed.order().request().lines().forEach(l -> {
            ObjectNode o = lines.addObject();
            o.put("sku", l.sku());
            o.put("quantity", l.quantity());
            o.put("name", shop.catalogue().product(l.sku()).map(p -> p.name(language)).orElse(l.sku()));
        });
        n.put("postalCode", placed.order().request().destination().postalCode());
        return n;
    }

    /** The cart of a page's body ({@code destination}, {@code lines}, optional {@code confidence}) ordered now. */
    private QuoteRequest requestAt(ObjectNode body, Instant now) {
        if (body.has("at")) {
            throw new BadDocumentException(List.of("at: set by the server, the order instant is now"));
        }
        body.put("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString());
        if (!body.has("confidence")) {
            body.put("confidence", settings.confidence());
        }
        return RequestDocument.read(body.toString());
    }

    private static ObjectNode object(String body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw new BadDocumentException(List.of("$: must be an object"));
            }
            return (ObjectNode) n;
        } catch (JsonProcessingException e) {
            throw new BadDocumentException(List.of("$: not JSON: " + e.getOriginalMessage()));
        }
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json").result(n.toString());
    }

    /**
     * The option a shopper chose: a method, and its service or collect store; for a SCHEDULED one, the start of
     * the window chosen ({@code window}, an ISO instant; the option's first window when absent).
     */
    record Choice(Method method, String service, String location, Optional<Instant> window) {

        static Choice read(JsonNode n) {
            if (n == null || !n.isObject()) {
                throw new BadDocumentException(List.of("choice: required, {\"method\": ..., \"service\": ...} or"
                        + " {\"method\": \"COLLECT\", \"location\": ...}"));
            }
            String method = n.path("method").asText("");
            Method m;
            try {
                m = Method.valueOf(method);
            } catch (IllegalArgumentException e) {
                throw new BadDocumentException(List.of("choice.method: must be HOME_DELIVERY, COURIER, COLLECT or SCHEDULED, was "
                        + Echo.quote(method)));
            }
            String key = m == Method.COLLECT ? "location" : "service";
            String id = n.path(key).asText("");
            if (id.isEmpty()) {
                throw new BadDocumentException(List.of("choice." + key + ": required for " + m));
            }
            Optional<Instant> window = Optional.empty();
            if (m == Method.SCHEDULED && n.hasNonNull("window")) {
                String start = n.path("window").asText("");
                try {
                    window = Optional.of(OffsetDateTime.parse(start).toInstant());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new BadDocumentException(List.of("choice.window: must be the start of one of the option's"
                            + " windows, an instant such as 2026-09-17T18:00:00+02:00, was " + Echo.quote(start)));
                }
            }
            return m == Method.COLLECT ? new Choice(m, "", id, window) : new Choice(m, id, "", window);
        }

        /** The window chosen among those the option offers now: by its start, else the first. */
        Optional<DeliveryWindow> window(PromiseOption o) {
            if (window.isEmpty()) {
                return o.windows().stream().findFirst();
            }
            return o.windows().stream().filter(w -> w.start().equals(window.get())).findFirst();
        }

        Optional<PromiseOption> in(Quote quote) {
            for (PromiseOption o : quote.options()) {
                if (o.method() == method && o.service().orElse("").equals(service) && o.location().orElse("").equals(location)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }
}
