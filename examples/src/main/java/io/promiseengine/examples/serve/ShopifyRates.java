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
import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Shopify's carrier-service callback: the rate request Shopify posts at checkout, read into a quote request,
 * and the quote written back as Shopify's rates (docs/STOREFRONT.md, "Shopify").
 *
 * <p>Read: {@code rate.destination} (its {@code country}, {@code postal_code}, and {@code latitude} /
 * {@code longitude} when Shopify gives them), {@code rate.items} ({@code sku}, {@code quantity},
 * {@code requires_shipping}) and {@code rate.locale}; every other field is ignored, as Shopify adds fields.
 * Items that do not require shipping are left out. A cart the storefront cannot ship (a country it does not
 * ship to, an item without a sku, nothing to ship) has no rates; a malformed body is refused with every
 * problem and its JSON path.
 *
 * <p>Written: one rate per home-delivery and courier option (click and collect is Shopify's own local
 * pickup, not a carrier rate): {@code service_name} the carrier's name, {@code service_code} the service id,
 * {@code total_price} in the currency's subunits as a string, {@code description} the order-by sentence in
 * the request's language (the promise sentence when there is no deadline), {@code max_delivery_date} the
 * promise at the storefront's confidence and {@code min_delivery_date} the same option's promise at
 * confidence {@value #EARLIEST_CONFIDENCE}, the earliest date the transit distributions allow, both as
 * {@code 2026-09-19 18:00:00 +0200} in the option's zone.
 */
final class ShopifyRates {

    /** The confidence of {@code min_delivery_date}: any date a positive transit mass reaches. */
    static final double EARLIEST_CONFIDENCE = 1e-6;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * What a rate request asks, read.
     *
     * @param country the destination's ISO country code, upper case ({@code ""} when not given)
     * @param destination where to
     * @param lines the items to ship, merged by sku; empty when nothing is to be shipped
     * @param unshippable why the cart cannot be shipped whatever the network ({@code ""} when it may be)
     * @param language French or English
     */
    record RateRequest(String country, Optional<Destination> destination, List<Line> lines, String unshippable,
                       Locale language) {
    }

    private final Storefront shop;
    private final Set<String> countries;
    private final double confidence;

    /**
     * @param countries the ISO codes of the countries the network delivers to ({@code FR} for the demo)
     * @param confidence the confidence of the promises ({@code max_delivery_date})
     */
    ShopifyRates(Storefront shop, Set<String> countries, double confidence) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.countries = Set.copyOf(countries);
        this.confidence = confidence;
    }

    /** Reads a rate request; a body that is not one is refused with every problem and its JSON path. */
    static RateRequest read(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadDocumentException(List.of("$: not JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        JsonNode rate = root == null ? null : root.get("rate");
        if (rate == null || !rate.isObject()) {
            throw new BadDocumentException(List.of("rate: required, an object (Shopify's rate request)"));
        }
        JsonNode dest = rate.get("destination");
        String country = "";
        Optional<Destination> destination = Optional.empty();
        if (dest == null || !dest.isObject()) {
            problems.add("rate.destination: required, an object");
        } else {
            country = text(dest, "country", "rate.destination", problems).toUpperCase(Locale.ROOT);
            String postal = text(dest, "postal_code", "rate.destination", problems).replace(" ", "");
            Optional<Position> position = position(dest, problems);
            if (!postal.isEmpty() || position.isPresent()) {
                destination = Optional.of(position.isEmpty() ? Destination.postalCode(postal)
                        : postal.isEmpty() ? Destination.position(position.get())
                        : Destination.of(postal, position.get()));
            }
        }
        JsonNode items = rate.get("items");
        List<Line> lines = new ArrayList<>();
        String unshippable = "";
        if (items == null || !items.isArray()) {
            problems.add("rate.items: required, a list of items");
        } else {
            for (int i = 0; i < items.size(); i++) {
                String path = "rate.items[" + i + "]";
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    problems.add(path + ": must be an object");
                    continue;
                }
                JsonNode ships = item.get("requires_shipping");
                if (ships != null && !ships.isNull() && !ships.isBoolean()) {
                    problems.add(path + ".requires_shipping: must be true or false, was " + ships);
                    continue;
                }
                int quantity = quantity(item.get("quantity"), path + ".quantity", problems);
                String sku = text(item, "sku", path, problems);
                if (ships != null && ships.isBoolean() && !ships.booleanValue()) {
                    continue; // a gift card, a download: nothing to ship
                }
                if (quantity < 1) {
                    continue;
                }
                if (sku.isEmpty()) {
                    unshippable = "item " + i + " has no sku";
                    continue;
                }
                lines.add(new Line(sku, quantity));
            }
        }
        JsonNode locale = rate.get("locale");
        if (locale != null && !locale.isNull() && !locale.isTextual()) {
            problems.add("rate.locale: must be a string such as \"fr\" or \"en-CA\", was " + locale);
        }
        if (!problems.isEmpty()) {
            throw new BadDocumentException(problems);
        }
        String language = locale == null || locale.isNull() ? "" : locale.asText().toLowerCase(Locale.ROOT);
        return new RateRequest(country, destination, merge(lines), unshippable,
                language.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** The rates for a request, at the storefront's now: {@code {"rates": [...]}}, empty when it cannot ship. */
    ObjectNode answer(RateRequest request) {
        ObjectNode root = JSON.objectNode();
        ArrayNode rates = root.putArray("rates");
        if (!request.unshippable().isEmpty() || request.lines().isEmpty() || request.destination().isEmpty()
                || !countries.contains(request.country())) {
            return root;
        }
        Instant now = shop.now();
        QuoteRequest quote = QuoteRequest.builder(now, request.destination().get()).lines(request.lines())
                .confidence(confidence).build(); // methods not named: a destination without a position drops courier

        Quote promised = shop.engine().quote(quote);
        EnumSet<Method> shipped = EnumSet.noneOf(Method.class);
        for (PromiseOption o : promised.options()) {
            if (o.method() != Method.COLLECT) {
                shipped.add(o.method());
            }
        }
        if (shipped.isEmpty()) {
            return root;
        }
        Quote earliest = shop.engine().quote(QuoteRequest.builder(now, request.destination().get())
                .lines(request.lines()).confidence(EARLIEST_CONFIDENCE).methods(shipped).build());
        PromiseMessages messages = PromiseMessages.of(request.language());
        String currency = shop.catalogue().currency();
        for (PromiseOption o : promised.options()) {
            if (o.method() == Method.COLLECT) {
                continue; // Shopify's local pickup, not a carrier rate
            }
            PromiseOption first = earliest(earliest, o);
            PromiseMessages.Message m = messages.describe(o, now, shop::locationName);
            ObjectNode r = rates.addObject();
            String service = o.service().orElseThrow(); // a delivery: collect was skipped above
            r.put("service_name", shop.serviceName(service));
            r.put("service_code", service);
            r.put("total_price", subunits(o.price(), currency));
            r.put("description", m.orderBy().orElse(m.promise()));
            r.put("currency", currency);
            r.put("min_delivery_date", DATE.format(first.promisedAt().atZone(first.zone())));
            r.put("max_delivery_date", DATE.format(o.promisedAt().atZone(o.zone())));
        }
        return root;
    }

    /** {@code 4.90} EUR is {@code "490"}: the amount in the currency's smallest unit, exactly. */
    static String subunits(BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.movePointRight(digits).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The same service's earliest promise; the promise itself if the earlier quote has none or a later one. */
    private static PromiseOption earliest(Quote earliest, PromiseOption promised) {
        for (PromiseOption o : earliest.options()) {
            if (o.method() == promised.method() && o.service().equals(promised.service())
                    && o.promisedAt().isBefore(promised.promisedAt())) {
                return o;
            }
        }
        return promised;
    }

    /** The lines merged by sku; quantities adding up past an int are refused, naming the sku. */
    private static List<Line> merge(List<Line> lines) {
        Map<String, Integer> merged = new LinkedHashMap<>();
        for (Line l : lines) {
            try {
                merged.merge(l.sku(), l.quantity(), Math::addExact);
            } catch (ArithmeticException e) {
                throw new BadDocumentException(List.of("rate.items: the quantities of sku " + Echo.quote(l.sku())
                        + " add up to more than " + Integer.MAX_VALUE));
            }
        }
        List<Line> out = new ArrayList<>(merged.size());
        merged.forEach((sku, q) -> out.add(new Line(sku, q)));
        return out;
    }

    /** A string field, {@code ""} when absent or null; another type is a problem. */
    private static String text(JsonNode parent, String field, String path, List<String> problems) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isTextual()) {
            return n.asText().trim();
        }
        if (n.isIntegralNumber() && field.equals("sku")) {
            return n.asText(); // a numeric sku, as some shops have
        }
        problems.add(path + "." + field + ": must be a string, was " + n);
        return "";
    }

    /** An item's quantity: a whole number {@code >= 0}, as a number or a string of digits. */
    private static int quantity(JsonNode n, String path, List<String> problems) {
        if (n == null || n.isNull()) {
            problems.add(path + ": required, a whole number >= 1");
            return 0;
        }
        String text = n.isIntegralNumber() || n.isTextual() ? n.asText().trim() : "";
        if (!text.matches("[0-9]{1,9}")) {
            problems.add(path + ": must be a whole number >= 1, was " + n);
            return 0;
        }
        return Integer.parseInt(text);
    }

    /** The destination's position when Shopify sends {@code latitude} and {@code longitude}. */
    private static Optional<Position> position(JsonNode dest, List<String> problems) {
        JsonNode lat = dest.get("latitude");
        JsonNode lon = dest.get("longitude");
        if (lat == null || lat.isNull() || lon == null || lon.isNull()) {
            return Optional.empty();
        }
        if (!lat.isNumber() || !lon.isNumber() || Math.abs(lat.asDouble()) > 90 || Math.abs(lon.asDouble()) > 180) {
            problems.add("rate.destination: latitude and longitude must be numbers within [-90, 90] and [-180, 180],"
                    + " were " + lat + " and " + lon);
            return Optional.empty();
        }
        return Optional.of(Position.of(lat.asDouble(), lon.asDouble()));
    }
}
