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
package io.promiseengine.json;

import io.promiseengine.model.Method;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The response document of spec 3, written byte for byte as {@code examples/response-1-tshirt-paris.json}:
 * two-space indentation, keys in alphabetical order at every level, no newline at the end. The same quote
 * always gives the same bytes (spec 5.6).
 *
 * <ul>
 *   <li>Instants are written {@code yyyy-MM-dd'T'HH:mm:ssxxx}, so UTC is {@code +00:00}, never {@code Z}:
 *       {@code at} and {@code orderBy} in the quote's (the network's) zone, {@code promisedAt} and
 *       {@code date} in the option's zone, {@code readyAt} and {@code shipAt} in the shipment's.</li>
 *   <li>{@code service} only on home-delivery, courier and scheduled options, {@code location} only on collect
 *       ones; {@code orderBy} and {@code shipAt} left out when absent.</li>
 *   <li>{@code windows} only on scheduled options: each {@code {start, end, from, orderBy}}, instants in the
 *       network's zone, in time order.</li>
 *   <li>{@code confidence} and {@code price} as the shortest decimal that reads back as the same double,
 *       without exponent; a collect option's price is {@code 0}.</li>
 *   <li>{@code currency}, the ISO 4217 code of the price, only when the network declares one (a 1.1 network
 *       without it answers the same bytes as before).</li>
 *   <li>{@code rejected} only when asked to explain, then always, {@code []} if empty.</li>
 * </ul>
 */
public final class ResponseDocument {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private ResponseDocument() {
    }

    /**
     * The response document of a quote.
     *
     * @param quote the answer
     * @param explain whether to write {@code rejected} (the request's {@code explain})
     * @return the document
     */
    public static String write(Quote quote, boolean explain) {
        Objects.requireNonNull(quote, "quote");
        SortedMap<String, Object> root = new TreeMap<>();
        root.put("at", instant(quote.at(), quote.zone()));
        List<Object> options = new ArrayList<>(quote.options().size());
        for (PromiseOption o : quote.options()) {
            options.add(option(o, quote.zone()));
        }
        root.put("options", options);
        if (explain) {
            List<Object> rejected = new ArrayList<>(quote.rejected().size());
            for (Rejection r : quote.rejected()) {
                rejected.add(rejection(r));
            }
            root.put("rejected", rejected);
        }
        return JsonText.write(root);
    }

    static SortedMap<String, Object> option(PromiseOption o, ZoneId networkZone) {
        SortedMap<String, Object> m = new TreeMap<>();
        m.put("method", o.method().name());
        if (o.method() == Method.COLLECT) {
            m.put("location", o.location().orElseThrow());
            m.put("price", new JsonText.Raw("0")); // spec 3: COLLECT's price is 0
        } else {
            m.put("service", o.service().orElseThrow());
            m.put("price", new JsonText.Raw(Decimals.shortest(o.price().doubleValue())));
        }
        o.currency().ifPresent(c -> m.put("currency", c.getCurrencyCode()));
        m.put("promisedAt", instant(o.promisedAt(), o.zone()));
        m.put("date", DATE.format(o.date()));
        o.orderBy().ifPresent(i -> m.put("orderBy", instant(i, networkZone)));
        m.put("confidence", new JsonText.Raw(Decimals.shortest(o.confidence())));
        List<Object> shipments = new ArrayList<>(o.shipments().size());
        for (Shipment s : o.shipments()) {
            shipments.add(shipment(s));
        }
        m.put("shipments", shipments);
        if (o.method() == Method.SCHEDULED) {
            List<Object> windows = new ArrayList<>(o.windows().size());
            for (DeliveryWindow w : o.windows()) {
                windows.add(window(w, networkZone));
            }
            m.put("windows", windows);
        }
        return m;
    }

    /** Spec 3: a window of a SCHEDULED option, its instants in the network's zone. */
    private static SortedMap<String, Object> window(DeliveryWindow w, ZoneId networkZone) {
        SortedMap<String, Object> m = new TreeMap<>();
        m.put("start", instant(w.start(), networkZone));
        m.put("end", instant(w.end(), networkZone));
        m.put("from", w.from());
        m.put("orderBy", instant(w.orderBy(), networkZone));
        return m;
    }

    private static SortedMap<String, Object> shipment(Shipment s) {
        SortedMap<String, Object> m = new TreeMap<>();
        m.put("from", s.from());
        List<Object> lines = new ArrayList<>(s.lines().size());
        for (Line l : s.lines()) {
            lines.add(line(l));
        }
        m.put("lines", lines);
        m.put("readyAt", instant(s.readyAt(), s.zone()));
        s.shipAt().ifPresent(i -> m.put("shipAt", instant(i, s.zone())));
        return m;
    }

    static SortedMap<String, Object> line(Line l) {
        SortedMap<String, Object> m = new TreeMap<>();
        m.put("sku", l.sku());
        m.put("quantity", l.quantity());
        return m;
    }

    private static SortedMap<String, Object> rejection(Rejection r) {
        SortedMap<String, Object> m = new TreeMap<>();
        m.put("method", r.method().name());
        if (!r.service().isEmpty()) {
            m.put("service", r.service());
        }
        m.put("location", r.location());
        m.put("reason", r.reason().name());
        m.put("detail", r.detail());
        return m;
    }

    static String instant(Instant instant, ZoneId zone) {
        return INSTANT.format(instant.atZone(zone));
    }
}
