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
package io.promiseengine.quote;

import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns an option into the sentences a shopper reads, in French, English, German, Spanish, Italian or Dutch,
 * or in a retailer's own wording:
 *
 * <pre>{@code
 * PromiseMessages.Message m = PromiseMessages.french().describe(option, now, names::get);
 * m.promise();  // "Livraison demain avant 13h00"
 * m.orderBy();  // Optional["Commandez dans les 2 h 30 min pour être livré demain"]
 * PromiseMessages.of(Locale.GERMAN).describe(option, now, names::get).promise();
 *               // "Lieferung morgen bis 13:00 Uhr"
 * }</pre>
 *
 * <p>The wording of each language is a resource, {@code io/promiseengine/quote/messages_LANG.properties}
 * (UTF-8), one template per message kind with placeholders such as {@code {date}} and plural choices such as
 * {@code {h:Stunde|Stunden}}; docs/MESSAGES.md lists every key. A retailer changes any of them with
 * {@link #builder(Locale)}:
 *
 * <pre>{@code
 * PromiseMessages mine = PromiseMessages.builder(Locale.FRENCH)
 *         .wording("delivery.tomorrow", "Chez vous demain avant {time}")
 *         .build();
 * }</pre>
 *
 * <p>Everything is rendered in the option's zone (the collect store's, else the network's); "today" and
 * "tomorrow" are the dates of {@code now} and the day after in that zone. Pure: the caller passes
 * {@code now}, nothing reads a clock. Day and month names come from the catalogues, not from the JDK's
 * locale data, whose formats change between versions.
 *
 * <p>The time left to order is rounded down to the minute, so a message never promises more time than
 * there is: {@code 4 h 29 min} for 4 h 29 min 59 s, {@code 2 h 5 min}, {@code 1 h}, {@code 45 min}; under a
 * minute it says so; more than 24 h away it names the day and time (minutes, seconds dropped). Instances
 * are immutable and thread-safe.
 */
public final class PromiseMessages {

    /**
     * The sentences for one option.
     *
     * @param promise what is promised: {@code "Retrait demain dès 11h00 au magasin Paris Bastille"}
     * @param orderBy the countdown, empty when the option has no order-by or it has passed
     */
    public record Message(String promise, Optional<String> orderBy) {

        /**
         * Checks the parts.
         *
         * @param promise what is promised: {@code "Retrait demain dès 11h00 au magasin Paris Bastille"}
         * @param orderBy the countdown, empty when the option has no order-by or it has passed
         * @throws NullPointerException when a part is null
         */
        public Message {
            Objects.requireNonNull(promise, "promise");
            Objects.requireNonNull(orderBy, "orderBy");
        }
    }

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final PromiseMessages ENGLISH = builtIn(Locale.ENGLISH);
    private static final PromiseMessages FRENCH = builtIn(Locale.FRENCH);
    private static final PromiseMessages GERMAN = builtIn(Locale.GERMAN);
    private static final PromiseMessages SPANISH_MESSAGES = builtIn(SPANISH);
    private static final PromiseMessages ITALIAN = builtIn(Locale.ITALIAN);
    private static final PromiseMessages DUTCH_MESSAGES = builtIn(DUTCH);
    private static final List<PromiseMessages> BUILT_IN = List.of(ENGLISH, FRENCH, GERMAN, SPANISH_MESSAGES,
            ITALIAN, DUTCH_MESSAGES);

    private static final Duration DAY = Duration.ofHours(24);

    private final Locale locale;
    /** The source of every wording, by key, in the order of {@link Wording}. */
    private final Map<String, String> wordings;
    private final MessageTemplate[] templates;
    private final String[] weekdays;
    private final String[] months;
    private final String am;
    private final String pm;
    private final Prices prices;

    private PromiseMessages(Locale locale, EnumMap<Wording, String> texts) {
        this.locale = locale;
        Map<String, String> sources = new LinkedHashMap<>();
        templates = new MessageTemplate[Wording.values().length];
        for (Map.Entry<Wording, String> e : texts.entrySet()) {
            sources.put(e.getKey().key, e.getValue());
            if (e.getKey().isTemplate()) {
                templates[e.getKey().ordinal()] = MessageTemplate.compile(e.getKey(), e.getValue());
            }
        }
        wordings = Collections.unmodifiableMap(sources);
        weekdays = items(Wording.WEEKDAYS, texts.get(Wording.WEEKDAYS));
        months = items(Wording.MONTHS, texts.get(Wording.MONTHS));
        am = texts.getOrDefault(Wording.TIME_AM, "");
        pm = texts.getOrDefault(Wording.TIME_PM, "");
        prices = new Prices(template(Wording.PRICE), template(Wording.PRICE_CODE), template(Wording.PRICE_FREE), template(Wording.NUMBER_DECIMAL),
                template(Wording.NUMBER_GROUP), texts.get(Wording.CURRENCY_SYMBOLS));
    }

    private static String[] items(Wording wording, String text) {
        String[] items = text.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            items[i] = items[i].strip();
            if (items[i].isEmpty()) {
                throw new IllegalArgumentException("wording " + wording.key + " " + Echo.quote(text) + ": item " + (i + 1)
                        + " is empty");
            }
        }
        if (items.length != wording.items) {
            throw new IllegalArgumentException("wording " + wording.key + " " + Echo.quote(text) + ": " + items.length
                    + " items, expected " + wording.items + " separated by commas");
        }
        return items;
    }

    /** The built-in catalogue of a language, read from its resource. */
    private static PromiseMessages builtIn(Locale language) {
        String resource = "messages_" + language.getLanguage() + ".properties";
        try (InputStream in = PromiseMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from promise-core");
            }
            return new Builder(language, null).read(new InputStreamReader(in, StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The built-in French messages: {@code "Livraison demain avant 13h00"}.
     *
     * @return the French messages
     */
    public static PromiseMessages french() {
        return FRENCH;
    }

    /**
     * The built-in English messages: {@code "Delivered tomorrow by 1:00 pm"}.
     *
     * @return the English messages
     */
    public static PromiseMessages english() {
        return ENGLISH;
    }

    /**
     * The built-in German messages: {@code "Lieferung morgen bis 13:00 Uhr"}.
     *
     * @return the German messages
     */
    public static PromiseMessages german() {
        return GERMAN;
    }

    /**
     * The built-in Spanish messages: {@code "Entrega mañana antes de las 13:00"}.
     *
     * @return the Spanish messages
     */
    public static PromiseMessages spanish() {
        return SPANISH_MESSAGES;
    }

    /**
     * The built-in Italian messages: {@code "Consegna domani entro le 13:00"}.
     *
     * @return the Italian messages
     */
    public static PromiseMessages italian() {
        return ITALIAN;
    }

    /**
     * The built-in Dutch messages: {@code "Bezorging morgen vóór 13:00"}.
     *
     * @return the Dutch messages
     */
    public static PromiseMessages dutch() {
        return DUTCH_MESSAGES;
    }

    /**
     * The built-in messages for a locale's language ({@code fr}, {@code en}, {@code de}, {@code es},
     * {@code it}, {@code nl}); English for any other language.
     *
     * @param locale the shopper's locale; only its language counts
     * @return the built-in messages of the language, or English
     */
    public static PromiseMessages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage();
        for (PromiseMessages m : BUILT_IN) {
            if (m.locale.getLanguage().equals(language)) {
                return m;
            }
        }
        return ENGLISH;
    }

    /**
     * The languages with built-in messages, English first.
     *
     * @return the locales of the built-in catalogues
     */
    public static List<Locale> builtInLocales() {
        List<Locale> locales = new ArrayList<>(BUILT_IN.size());
        for (PromiseMessages m : BUILT_IN) {
            locales.add(m.locale);
        }
        return List.copyOf(locales);
    }

    /**
     * The keys of a catalogue, in the order docs/MESSAGES.md describes them.
     *
     * @return every key, in the documented order
     */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Wording w : Wording.values()) {
            keys.add(w.key);
        }
        return List.copyOf(keys);
    }

    /**
     * A builder of messages in a retailer's own wording, starting from the built-in catalogue of the locale's
     * language (English for a language without one): set only the keys to change.
     *
     * @param locale the language of the messages; {@link #locale()} answers it
     * @return a builder starting from the built-in wording
     */
    public static Builder builder(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Builder(locale, of(locale));
    }

    /**
     * The language of these messages: {@link Locale#FRENCH}, {@link Locale#ENGLISH}, ...
     *
     * @return the locale given when built
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Every wording of these messages by key (the keys of {@link #keys()} this catalogue sets).
     *
     * @return the wording of each key set
     */
    public Map<String, String> wordings() {
        return wordings;
    }

    /**
     * Builds messages from a catalogue: the wordings of a base (every key set), changed key by key. Setters
     * reject an unknown key or a wording that does not compile, naming the key and the text; the builder can
     * be reused after {@link #build()}.
     */
    public static final class Builder {

        private final Locale locale;
        private final EnumMap<Wording, String> texts = new EnumMap<>(Wording.class);

        Builder(Locale locale, PromiseMessages base) { // base null: from nothing, as the built-in catalogues are read
            this.locale = locale;
            if (base != null) {
                for (Map.Entry<String, String> e : base.wordings.entrySet()) {
                    texts.put(Wording.byKey(e.getKey()), e.getValue());
                }
            }
        }

        /**
         * Sets the wording of one key.
         *
         * @param key a key of {@link PromiseMessages#keys()}, such as {@code delivery.tomorrow}
         * @param text the template, such as {@code "Chez vous demain avant {time}"}
         * @return this builder
         * @throws IllegalArgumentException for an unknown key, an unknown placeholder, an unbalanced brace, a
         *         plural choice on a placeholder that is not a number, or a list with the wrong number of items
         */
        public Builder wording(String key, String text) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            Wording wording = Wording.byKey(key);
            if (wording == null) {
                throw new IllegalArgumentException("unknown wording key '" + Echo.escape(key)
                        + "'; PromiseMessages.keys() and docs/MESSAGES.md list the keys");
            }
            if (wording.isTemplate()) {
                MessageTemplate.compile(wording, text);
            } else if (wording.isSymbols()) {
                Prices.symbols(wording, text);
            } else if (!wording.isOptional()) {
                items(wording, text);
            }
            texts.put(wording, text);
            return this;
        }

        /**
         * Sets several wordings, checked together: nothing is set unless all are valid.
         *
         * @param wordings templates by key
         * @return this builder
         * @throws IllegalArgumentException listing every problem, one a line
         */
        public Builder wordings(Map<String, String> wordings) {
            Objects.requireNonNull(wordings, "wordings");
            Builder trial = new Builder(locale, null);
            trial.texts.putAll(texts);
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> e : wordings.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    problems.add("wording " + Echo.escape(e.getKey()) + ": " + (e.getKey() == null ? "null key" : "null text"));
                    continue;
                }
                try {
                    trial.wording(e.getKey(), e.getValue());
                } catch (IllegalArgumentException ex) {
                    problems.add(ex.getMessage());
                }
            }
            Collections.sort(problems); // the same message whatever the map's order
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", problems));
            }
            texts.putAll(trial.texts);
            return this;
        }

        /**
         * Sets the wordings of a catalogue in the {@code .properties} format ({@code key = text} lines),
         * checked together as {@link #wordings(Map)} does.
         *
         * @param catalogue the catalogue's text; the caller opens and closes it (read it as UTF-8)
         * @return this builder
         * @throws UncheckedIOException when it cannot be read
         */
        public Builder read(Reader catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            Properties properties = new Properties();
            try {
                properties.load(catalogue);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the message catalogue", e);
            }
            Map<String, String> map = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return wordings(map);
        }

        /**
         * The messages.
         *
         * @return the messages
         * @throws IllegalStateException when a key other than {@code time.am} and {@code time.pm} has no
         *         wording (only possible for a catalogue built from nothing, as the built-in ones are)
         */
        public PromiseMessages build() {
            List<String> missing = new ArrayList<>();
            for (Wording w : Wording.values()) {
                if (!w.isOptional() && !texts.containsKey(w)) {
                    missing.add(w.key);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the messages for " + locale + " have no wording for " + missing);
            }
            return new PromiseMessages(locale, new EnumMap<>(texts));
        }
    }

    /**
     * The sentences for an option.
     *
     * @param option the option
     * @param now the instant the shopper reads them; "today" is its date in the option's zone
     * @param locationNames a collect store's name from its id ({@code "store-paris-7"} to
     *                      {@code "Paris Tour Eiffel"}); when it gives {@code null} or {@code ""}, the id is used
     * @return the promise sentence and the order-by sentence
     */
    public Message describe(PromiseOption option, Instant now, Function<String, String> locationNames) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(locationNames, "locationNames");
        ZoneId zone = option.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime promised = option.promisedAt().atZone(zone);
        // a window ending at 24:00 is promised at the next date's first instant but dated by its start (spec 4.7)
        LocalDate date = option.method() == Method.SCHEDULED ? option.date() : promised.toLocalDate();
        long days = ChronoUnit.DAYS.between(today, date);
        int day = days == 0 ? 0 : days == 1 ? 1 : 2; // today, tomorrow, another date (named)
        boolean collect = option.method() == Method.COLLECT;
        String dateText = date(date);
        String timeText = time(promised.toLocalTime());
        String hour = Integer.toString(promised.getHour());

        String promise;
        if (option.method() == Method.SCHEDULED && !option.windows().isEmpty()) {
            promise = window(option.windows().get(0), zone, today);
        } else if (collect) {
            String id = option.location().orElseThrow(); // present for click and collect
            String name = locationNames.apply(id);
            String store = name == null || name.isEmpty() ? id : name;
            promise = template(pick(day, Wording.COLLECT_TODAY, Wording.COLLECT_TOMORROW, Wording.COLLECT_OTHER))
                    .render(dateText, timeText, hour, store);
        } else {
            promise = template(pick(day, Wording.DELIVERY_TODAY, Wording.DELIVERY_TOMORROW, Wording.DELIVERY_OTHER))
                    .render(dateText, timeText, hour);
        }
        return new Message(promise, option.orderBy().flatMap(deadline -> {
            Duration left = Duration.between(now, deadline);
            if (left.isNegative()) {
                return Optional.empty(); // the deadline has passed: nothing left to count down to
            }
            String purpose = template(collect
                    ? pick(day, Wording.PURPOSE_COLLECT_TODAY, Wording.PURPOSE_COLLECT_TOMORROW, Wording.PURPOSE_COLLECT_OTHER)
                    : pick(day, Wording.PURPOSE_DELIVERY_TODAY, Wording.PURPOSE_DELIVERY_TOMORROW,
                    Wording.PURPOSE_DELIVERY_OTHER)).render(dateText);
            if (left.compareTo(DAY) > 0) {
                ZonedDateTime d = deadline.atZone(zone);
                return Optional.of(template(Wording.ORDER_BY_BEFORE).render(date(d.toLocalDate()), time(d.toLocalTime()),
                        Integer.toString(d.getHour()), purpose));
            }
            long minutes = left.toMinutes(); // rounds down
            if (minutes == 0) {
                return Optional.of(template(Wording.ORDER_BY_WITHIN_A_MINUTE).render(purpose));
            }
            return Optional.of(template(Wording.ORDER_BY_WITHIN).render(duration(minutes), purpose));
        }));
    }

    /**
     * The sentences for one window of a SCHEDULED option (spec 4.7), as a checkout's window picker shows them:
     * {@code "Livraison le samedi 19 septembre entre 14h00 et 16h00"} and the countdown to the window's own
     * order-by, {@code "Commandez dans les 2 h 30 min pour être livré samedi entre 14h et 16h"} (more than 24 h
     * away: {@code "Commandez avant le vendredi 18 septembre à 20h00 pour ..."}).
     *
     * @param option the SCHEDULED option the window belongs to (its zone is the network's)
     * @param window one of its windows
     * @param now the instant the shopper reads them
     * @return the sentences; the countdown is empty once the window's order-by has passed
     * @throws IllegalArgumentException when the window is not one of the option's
     */
    public Message describe(PromiseOption option, DeliveryWindow window, Instant now) {
        ZoneId zone = checkWindow(option, window, now);
        LocalDate today = now.atZone(zone).toLocalDate();
        Duration left = Duration.between(now, window.orderBy());
        Optional<String> countdown = Optional.empty();
        if (!left.isNegative()) {
            String purpose = windowPurpose(window, zone, today);
            long minutes = left.toMinutes(); // rounds down
            if (left.compareTo(DAY) > 0) {
                ZonedDateTime d = window.orderBy().atZone(zone);
                countdown = Optional.of(template(Wording.ORDER_BY_BEFORE).render(date(d.toLocalDate()), time(d.toLocalTime()),
                        Integer.toString(d.getHour()), purpose));
            } else {
                countdown = Optional.of(minutes == 0 ? template(Wording.ORDER_BY_WITHIN_A_MINUTE).render(purpose)
                        : template(Wording.ORDER_BY_WITHIN).render(duration(minutes), purpose));
            }
        }
        return new Message(window(window, zone, today), countdown);
    }

    /**
     * The deadline of one window as a time to order by: {@code "Commandez avant 15h00 pour être livré vendredi
     * entre 18h et 20h"}; a deadline on another date than {@code now}'s names it ({@code "Commandez avant le
     * jeudi 17 septembre à 20h00 pour ..."}).
     *
     * @param option the SCHEDULED option the window belongs to
     * @param window one of its windows
     * @param now the instant the shopper reads it
     * @return the sentence, empty once the window's order-by has passed
     * @throws IllegalArgumentException when the window is not one of the option's
     */
    public Optional<String> deadline(PromiseOption option, DeliveryWindow window, Instant now) {
        ZoneId zone = checkWindow(option, window, now);
        if (window.orderBy().isBefore(now)) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime d = window.orderBy().atZone(zone);
        String purpose = windowPurpose(window, zone, today);
        String hour = Integer.toString(d.getHour());
        return Optional.of(d.toLocalDate().equals(today)
                ? template(Wording.ORDER_BY_BEFORE_TODAY).render(time(d.toLocalTime()), hour, purpose)
                : template(Wording.ORDER_BY_BEFORE).render(date(d.toLocalDate()), time(d.toLocalTime()), hour, purpose));
    }

    private static ZoneId checkWindow(PromiseOption option, DeliveryWindow window, Instant now) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        if (!option.windows().contains(window)) {
            throw new IllegalArgumentException("window " + window + " is not one of the option's windows");
        }
        return option.zone();
    }

    /** {@code "Livraison le samedi 19 septembre entre 14h00 et 16h00"}. */
    private String window(DeliveryWindow w, ZoneId zone, LocalDate today) {
        ZonedDateTime start = w.start().atZone(zone);
        ZonedDateTime end = w.end().atZone(zone);
        long days = ChronoUnit.DAYS.between(today, start.toLocalDate());
        return template(pick(days == 0 ? 0 : days == 1 ? 1 : 2, Wording.WINDOW_TODAY, Wording.WINDOW_TOMORROW,
                Wording.WINDOW_OTHER)).render(date(start.toLocalDate()), time(start.toLocalTime()), time(end.toLocalTime()),
                Integer.toString(start.getHour()), Integer.toString(end.getHour()));
    }

    /** {@code "pour être livré vendredi entre 18h et 20h"}: the weekday alone within a week, else the date. */
    private String windowPurpose(DeliveryWindow w, ZoneId zone, LocalDate today) {
        ZonedDateTime start = w.start().atZone(zone);
        ZonedDateTime end = w.end().atZone(zone);
        long days = ChronoUnit.DAYS.between(today, start.toLocalDate());
        Wording form = days == 0 ? Wording.PURPOSE_WINDOW_TODAY : days == 1 ? Wording.PURPOSE_WINDOW_TOMORROW
                : days < 7 ? Wording.PURPOSE_WINDOW_WEEK : Wording.PURPOSE_WINDOW_OTHER;
        return template(form).render(weekdays[start.getDayOfWeek().getValue() - 1], date(start.toLocalDate()),
                shortTime(start.toLocalTime()), shortTime(end.toLocalTime()), Integer.toString(start.getHour()),
                Integer.toString(end.getHour()));
    }

    /** {@code time.hour} on the hour (18h, 6 pm), else {@code time}. */
    private String shortTime(LocalTime t) {
        if (t.getMinute() != 0) {
            return time(t);
        }
        int h = t.getHour();
        return template(Wording.TIME_HOUR).render(Integer.toString(h), (h < 10 ? "0" : "") + h,
                Integer.toString(h % 12 == 0 ? 12 : h % 12), h < 12 ? am : pm);
    }

    /**
     * The sentence telling a customer that a promise moved, for an e-mail: dates are always named (never
     * "tomorrow", the mail is read later). Home delivery names the dates; courier and collect also the time.
     * {@code "Votre commande arrivera le lundi 21 septembre au lieu du samedi 19"}, {@code "Your order will
     * arrive on Monday 21 September instead of Saturday 19"}; with no new promise, that the old one cannot be
     * kept and that the customer will be contacted. A delivery window (SCHEDULED) moved to another names the new
     * window, {@code "Votre livraison est déplacée au samedi 19 septembre entre 18h et 20h"}; one lost names the
     * window that cannot be kept.
     *
     * @param previous the promise made
     * @param promise the new promise, of the same method; empty when none can be made
     * @return the sentence
     */
    public String change(PromiseOption previous, Optional<PromiseOption> promise) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(promise, "promise");
        if (previous.method() == Method.SCHEDULED && !previous.windows().isEmpty()) {
            DeliveryWindow old = previous.windows().get(0); // a tracked window's promise lists the window held
            if (promise.isEmpty()) {
                return windowChange(Wording.CHANGE_WINDOW_LOST, old, previous.zone());
            }
            List<DeliveryWindow> now = promise.get().windows();
            if (!now.isEmpty() && !(now.get(0).start().equals(old.start()) && now.get(0).end().equals(old.end()))) {
                return windowChange(Wording.CHANGE_WINDOW_MOVED, now.get(0), promise.get().zone());
            }
            // the same window, its delivery expected later (a late shipment): the instant, as for a courier
        }
        boolean collect = previous.method() == Method.COLLECT;
        ZonedDateTime before = previous.promisedAt().atZone(previous.zone());
        LocalDate oldDate = before.toLocalDate();
        if (promise.isEmpty()) {
            return template(collect ? Wording.CHANGE_COLLECT_LOST : Wording.CHANGE_DELIVERY_LOST).render(date(oldDate));
        }
        ZonedDateTime after = promise.get().promisedAt().atZone(promise.get().zone());
        LocalDate date = after.toLocalDate();
        LocalTime time = after.toLocalTime();
        boolean timed = previous.method() != Method.HOME_DELIVERY; // a home delivery's time is always the service's deliverBy
        String dateText = date(date);
        String hour = Integer.toString(after.getHour());
        if (date.equals(oldDate)) {
            if (timed && !time.equals(before.toLocalTime())) {
                return template(collect ? Wording.CHANGE_COLLECT_SAME_DAY_TIME : Wording.CHANGE_DELIVERY_SAME_DAY_TIME)
                        .render(dateText, time(time), hour, time(before.toLocalTime()), Integer.toString(before.getHour()));
            }
            return template(collect ? Wording.CHANGE_COLLECT_SAME_DAY : Wording.CHANGE_DELIVERY_SAME_DAY).render(dateText);
        }
        boolean sameMonth = date.getYear() == oldDate.getYear() && date.getMonth() == oldDate.getMonth();
        String old = sameMonth ? date(Wording.DATE_SAME_MONTH, oldDate) : date(oldDate);
        if (!timed) {
            return template(Wording.CHANGE_DELIVERY_OTHER_DAY).render(dateText, old);
        }
        return template(collect ? Wording.CHANGE_COLLECT_OTHER_DAY_TIME : Wording.CHANGE_DELIVERY_OTHER_DAY_TIME)
                .render(dateText, time(time), hour, old);
    }

    /** {@code "Votre livraison est déplacée au samedi 19 septembre entre 18h et 20h"}: a date always named. */
    private String windowChange(Wording wording, DeliveryWindow w, ZoneId zone) {
        ZonedDateTime start = w.start().atZone(zone);
        ZonedDateTime end = w.end().atZone(zone);
        return template(wording).render(weekdays[start.getDayOfWeek().getValue() - 1], date(start.toLocalDate()),
                shortTime(start.toLocalTime()), shortTime(end.toLocalTime()), Integer.toString(start.getHour()),
                Integer.toString(end.getHour()));
    }

    /**
     * A price as a shopper of this language reads it, from the catalogue alone (never the JDK's locale data):
     * {@code "4,90 €"} in French, German, Spanish and Italian, {@code "€4.90"} in English, {@code "€ 4,90"} in
     * Dutch, thousands grouped ({@code "1 250,00 €"}, {@code "€1,250.00"}); rounded half even to the currency's
     * minor unit ({@code "¥1,250"}); {@code "Gratuit"}, {@code "Free"}, ... for 0. docs/MESSAGES.md, "Prices".
     *
     * @param amount the amount
     * @param currency its currency; the catalogue's {@code currency.symbols} gives its symbol, else its ISO code
     * @return the price
     */
    public String price(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return prices.format(amount, currency);
    }

    /**
     * An option's price with its currency, as {@link #price(BigDecimal, Currency)} writes it.
     *
     * @param option the option
     * @return the price; empty when the option has no currency (its network declares none)
     */
    public Optional<String> price(PromiseOption option) {
        Objects.requireNonNull(option, "option");
        return option.currency().map(c -> prices.format(option.price(), c));
    }

    private MessageTemplate template(Wording wording) {
        return templates[wording.ordinal()];
    }

    private static Wording pick(int day, Wording today, Wording tomorrow, Wording other) {
        return day == 0 ? today : day == 1 ? tomorrow : other;
    }

    private String date(LocalDate d) {
        return date(Wording.DATE, d);
    }

    private String date(Wording form, LocalDate d) {
        return template(form).render(weekdays[d.getDayOfWeek().getValue() - 1], Integer.toString(d.getDayOfMonth()),
                months[d.getMonthValue() - 1]);
    }

    private String time(LocalTime t) {
        int h = t.getHour();
        String mm = (t.getMinute() < 10 ? "0" : "") + t.getMinute();
        return template(Wording.TIME).render(Integer.toString(h), (h < 10 ? "0" : "") + h,
                Integer.toString(h % 12 == 0 ? 12 : h % 12), mm, h < 12 ? am : pm);
    }

    private String duration(long minutes) {
        String h = Long.toString(minutes / 60);
        String m = Long.toString(minutes % 60);
        if (minutes < 60) {
            return template(Wording.DURATION_MINUTES).render(m);
        }
        return minutes % 60 == 0 ? template(Wording.DURATION_HOURS).render(h)
                : template(Wording.DURATION_HOURS_MINUTES).render(h, m);
    }
}
