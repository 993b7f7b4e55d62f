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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promiseengine.model.Method;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An option as the pages show it: the engine's sentences ({@link PromiseMessages}) in the shopper's language,
 * and what the page needs to count down to the order-by deadline second by second.
 *
 * <p>The engine's order-by sentence counts whole minutes ({@code Commandez dans les 2 h 30 min pour être
 * livré demain}). The page redraws it every second with seconds, so it is split here into the engine's words
 * around the time left: {@code purpose} is what follows the time ({@code pour être livré demain}), found by
 * taking off the exact words the engine puts before it. When the deadline is more than 24 h away the engine
 * names a day and time ({@code Commandez avant le lundi 21 septembre à 15h00}): then {@code purpose} is empty
 * and the page shows the sentence as it is, with the countdown beside it.
 */
final class OptionView {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Duration DAY = Duration.ofHours(24);

    private OptionView() {
    }

    /** The JSON of one option for a page. */
    static ObjectNode of(PromiseOption o, Instant now, Locale language, Storefront shop) {
        PromiseMessages messages = PromiseMessages.of(language);
        PromiseMessages.Message m = messages.describe(o, now, shop::locationName);
        ObjectNode n = JSON.objectNode();
        n.put("method", o.method().name());
        n.put("service", o.service().orElse("")); // "" for "not applicable": the pages' JSON as before
        n.put("location", o.location().orElse(""));
        n.put("title", title(o, language, shop));
        n.put("promise", m.promise());
        n.put("date", o.date().toString());
        n.put("promisedAt", o.promisedAt().toString());
        n.put("confidence", o.confidence());
        n.put("price", Money.text(o.price(), shop.catalogue().currency(), language));
        n.put("free", o.price().signum() == 0);
        deadline(n, m, o.orderBy(), now, language);
        if (o.method() == Method.SCHEDULED) {
            ArrayNode windows = n.putArray("windows");
            for (DeliveryWindow w : o.windows()) {
                windows.add(window(o, w, now, messages, language));
            }
        }
        return n;
    }

    /**
     * One window of a SCHEDULED option, as the checkout's picker shows it: its start (the value the checkout
     * sends back to choose it), end and origin, its sentence ({@code Livraison le jeudi 17 septembre entre 18h
     * et 20h}) and the countdown to its own order-by, in the fields an option's countdown reads.
     */
    static ObjectNode window(PromiseOption o, DeliveryWindow w, Instant now, PromiseMessages messages, Locale language) {
        PromiseMessages.Message m = messages.describe(o, w, now);
        ObjectNode n = JSON.objectNode();
        n.put("start", w.start().toString());
        n.put("end", w.end().toString());
        n.put("from", w.from());
        n.put("promise", m.promise());
        deadline(n, m, Optional.of(w.orderBy()), now, language);
        return n;
    }

    /** {@code orderBy}, {@code orderByText} and {@code purpose}: what a countdown needs, or null and empty. */
    private static void deadline(ObjectNode n, PromiseMessages.Message m, Optional<Instant> orderBy, Instant now,
                                 Locale language) {
        if (m.orderBy().isPresent() && orderBy.isPresent()) {
            String sentence = m.orderBy().get();
            n.put("orderBy", orderBy.get().toString());
            n.put("orderByText", sentence);
            n.put("purpose", purpose(sentence, Duration.between(now, orderBy.get()), language));
        } else {
            n.putNull("orderBy");
            n.put("orderByText", "");
            n.put("purpose", "");
        }
    }

    /** {@code Livraison à domicile · Colis Standard}, {@code Retrait en magasin · Paris Bastille}. */
    static String title(PromiseOption o, Locale language, Storefront shop) {
        boolean fr = language.getLanguage().equals("fr");
        return switch (o.method()) {
            case HOME_DELIVERY -> (fr ? "Livraison à domicile" : "Home delivery") + " · " + shop.serviceName(o.service().orElseThrow());
            case COURIER -> (fr ? "Livraison par coursier" : "Courier delivery") + " · " + shop.serviceName(o.service().orElseThrow());
            case COLLECT -> (fr ? "Retrait en magasin" : "Click and collect") + " · " + shop.locationName(o.location().orElseThrow());
            case SCHEDULED -> (fr ? "Livraison sur créneau" : "Delivery window") + " · " + shop.serviceName(o.service().orElseThrow());
        };
    }

    /** The words after the time left in the engine's order-by sentence; empty when it names a day instead. */
    static String purpose(String sentence, Duration left, Locale language) {
        if (left.isNegative() || left.compareTo(DAY) > 0) {
            return "";
        }
        boolean fr = language.getLanguage().equals("fr");
        String prefix = left.toMinutes() == 0
                ? (fr ? "Commandez dans moins d'une minute" : "Order within the next minute")
                : (fr ? "Commandez dans les " : "Order within ") + minutes(left.toMinutes());
        return sentence.startsWith(prefix + " ") ? sentence.substring(prefix.length() + 1) : "";
    }

    /** {@code 2 h 5 min}, {@code 1 h}, {@code 45 min}: the engine's way of writing the time left. */
    private static String minutes(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** Prices as a shopper reads them. */
    static final class Money {

        private Money() {
        }

        /**
         * {@code 4,90 €} in French, {@code €4.90} in English, {@code Gratuit} / {@code Free} for 0: the library's
         * messages of the language ({@code PromiseMessages.price}, docs/MESSAGES.md "Prices").
         */
        static String text(BigDecimal amount, String currency, Locale language) {
            return PromiseMessages.of(language).price(amount, java.util.Currency.getInstance(currency));
        }
    }
}
