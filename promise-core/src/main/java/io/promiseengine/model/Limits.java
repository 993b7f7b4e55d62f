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
package io.promiseengine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bounds every value of the model stays within (docs/LIMITS.md). They are chosen so that the engine's
 * arithmetic can never leave its types: an instant plus any number of durations of a quote stays far inside
 * {@link Instant}'s range and a {@code long} of epoch seconds; quantities, loads and capacities of at most
 * {@link #MAX_QUANTITY} add up in a {@code long} over any number of rows, and three of them in an {@code int}
 * ({@code onHand - reserved - safety >= -2,000,000,000}). The builders and records of the model check them with
 * an {@link IllegalArgumentException} naming the field and the value; the document readers check them first,
 * with the JSON path.
 */
public final class Limits {

    /** The earliest instant of the model: requests' {@code at}, slots, supply arrivals. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest instant of the model. */
    public static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");
    /** The earliest date of a holiday calendar or {@code closed} list. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    /** The latest date of a holiday calendar or {@code closed} list. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    /** The longest duration: preparation, slot, transfer, receiving (a year and a day). */
    public static final Duration MAX_DURATION = Duration.ofDays(366);
    /** The most days a lane's delivery may take (the keys of its {@code days}). */
    public static final int MAX_DAYS = 366;
    /** The most minutes a courier's trip may take (the keys of a band's {@code minutes}): 366 days. */
    public static final int MAX_MINUTES = 366 * 24 * 60;
    /** The most units of a quantity: onHand, reserved, safety, supply, load, ordersPerSlot, a line's quantity. */
    public static final int MAX_QUANTITY = 1_000_000_000;
    /** The longest id: locations, services, skus, calendar names. */
    public static final int MAX_ID_LENGTH = 64;
    /**
     * The longest order id (of the live engine's reservations and the tracker's orders): long enough for any
     * OMS's ids, short enough for a database index on every store (PostgreSQL refuses an index row past about
     * 2,700 bytes).
     */
    public static final int MAX_ORDER_ID_LENGTH = 256;
    /** The longest postal code, of a destination, a location, the network's table or a lane's prefixes. */
    public static final int MAX_POSTAL_CODE_LENGTH = 16;
    /** The longest name a person reads: a location's name, a carrier. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The highest price of a service, in the network's currency. */
    public static final int MAX_PRICE = 1_000_000;
    /** The most distinct skus of a cart (a quote request or an order). */
    public static final int MAX_LINES = 30;
    /** The most skus of a listing page. */
    public static final int MAX_LISTING_SKUS = 100;
    /** The most collect stores a request may name. */
    public static final int MAX_COLLECT_AT = 100;

    private Limits() {
    }

    /**
     * Returns the instant, or throws naming the field when it is outside [{@link #EARLIEST}, {@link #LATEST}].
     *
     * @param field the field's name in the refusal
     * @param t the instant
     * @return {@code t}
     * @throws IllegalArgumentException when {@code t} is out of range
     * @throws NullPointerException when {@code t} is null
     */
    public static Instant checkInstant(String field, Instant t) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " " + instantRange() + ", was " + t);
        }
        return t;
    }

    /**
     * Whether the instant is within [{@link #EARLIEST}, {@link #LATEST}].
     *
     * @param t the instant
     * @return true when it is within the range
     */
    public static boolean inRange(Instant t) {
        return !t.isBefore(EARLIEST) && !t.isAfter(LATEST);
    }

    /**
     * {@code must be between 1970-01-01T00:00:00Z and 2200-12-31T23:59:59Z}: how a refusal names the range.
     *
     * @return the range's wording in a refusal
     */
    public static String instantRange() {
        return "must be between " + EARLIEST + " and " + LATEST;
    }

    /**
     * Returns the date, or throws naming the field when it is outside [{@link #EARLIEST_DATE}, {@link #LATEST_DATE}].
     *
     * @param field the field's name in the refusal
     * @param d the date
     * @return {@code d}
     * @throws IllegalArgumentException when {@code d} is out of range
     * @throws NullPointerException when {@code d} is null
     */
    public static LocalDate checkDate(String field, LocalDate d) {
        if (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
            throw new IllegalArgumentException(field + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + ", was " + d);
        }
        return d;
    }

    /**
     * Returns the duration, or throws naming the field when it is longer than {@link #MAX_DURATION}.
     *
     * @param field the field's name in the refusal
     * @param d the duration
     * @return {@code d}
     * @throws IllegalArgumentException when {@code d} is longer than {@link #MAX_DURATION}
     * @throws NullPointerException when {@code d} is null
     */
    public static Duration checkDuration(String field, Duration d) {
        if (d.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(field + " " + durationRange() + ", was " + d);
        }
        return d;
    }

    /**
     * {@code must be at most 366 days (PT8784H)}.
     *
     * @return the range's wording in a refusal
     */
    public static String durationRange() {
        return "must be at most " + MAX_DURATION.toDays() + " days (" + MAX_DURATION + ")";
    }

    /**
     * Returns the quantity, or throws naming the field when it is outside [{@code min}, {@link #MAX_QUANTITY}].
     *
     * @param field the field's name in the refusal
     * @param quantity the quantity
     * @param min the least allowed
     * @return {@code quantity} as an int
     * @throws IllegalArgumentException when {@code quantity} is out of range
     */
    public static int checkQuantity(String field, long quantity, int min) {
        if (quantity < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", was " + quantity);
        }
        if (quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_QUANTITY + ", was " + quantity);
        }
        return (int) quantity;
    }

    /**
     * Returns the text (an id, a sku, a postal code, a name), or throws naming the field when it has more than
     * {@code max} characters, a control character (U+0000 to U+001F, U+007F to U+009F), a line or paragraph
     * separator (U+2028, U+2029), a bidirectional control (Unicode's Bidi_Control: the marks U+061C, U+200E,
     * U+200F, the embeddings and overrides U+202A to U+202E, the isolates U+2066 to U+2069) or a lone surrogate: such
     * text is never needed in a name, would rewrite a terminal, forge a log line or show something else than it is
     * where it is echoed, and a lone surrogate cannot be written as UTF-8.
     *
     * @param field the field's name in the refusal
     * @param text the text
     * @param max the most characters allowed
     * @return {@code text}
     * @throws IllegalArgumentException when the text is too long or has a control character
     * @throws NullPointerException when {@code text} is null
     */
    public static String checkText(String field, String text, int max) {
        String why = whyNotText(text, max);
        if (why != null) {
            throw new IllegalArgumentException(field + " " + why);
        }
        return text;
    }

    /**
     * Why {@link #checkText} refuses the text ({@code must have at most 64 characters, was "..."}), or null when
     * it is fine: for readers that report the reason at a path of their own.
     *
     * @param text the text
     * @param max the most characters allowed
     * @return the reason, or null when the text is fine
     */
    public static String whyNotText(String text, int max) {
        if (text.length() > max) {
            return lengthRange(max) + ", was " + Echo.quote(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                return "must not contain control characters, was " + Echo.quote(text);
            }
            if (c == '\u2028' || c == '\u2029' || Echo.bidi(c)) {
                // every Bidi_Control character, the invisible marks (LRM, RLM, ALM) as much as the overrides and
                // isolates: an id "A\u200fB" prints as "AB" and is not the id "AB" (docs/LIMITS.md)
                return "must not contain line separators or bidirectional controls, was " + Echo.quote(text);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be well-formed Unicode (a lone surrogate at index " + i + "), was " + Echo.quote(text);
            }
        }
        return null;
    }

    /**
     * Returns the text, or throws naming the field when it has more than {@code max} characters.
     *
     * @param field the field's name in the refusal
     * @param text the text
     * @param max the most characters allowed
     * @return {@code text}
     * @throws IllegalArgumentException when the text has more than {@code max} characters
     */
    public static String checkLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " " + lengthRange(max) + ", was " + Echo.quote(text));
        }
        return text;
    }

    /**
     * {@code must have at most 64 characters}.
     *
     * @param max the most characters allowed
     * @return the limit's wording in a refusal
     */
    public static String lengthRange(int max) {
        return "must have at most " + max + " characters";
    }

    /**
     * {@link List#copyOf}, with a refusal that names the field and the index of a null element
     * ({@code stock[3] must not be null}) instead of a {@code NullPointerException} without a message; no cost
     * when nothing is null.
     *
     * @param <T> the elements' type
     * @param field the field's name in the refusal
     * @param list the list
     * @return an unmodifiable copy
     * @throws NullPointerException naming the field when the list or one of its elements is null
     */
    public static <T> List<T> copyOf(String field, java.util.Collection<? extends T> list) {
        if (list == null) {
            throw new NullPointerException(field + " must not be null");
        }
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            int i = 0;
            for (T t : list) {
                if (t == null) {
                    throw new NullPointerException(field + "[" + i + "] must not be null");
                }
                i++;
            }
            throw e;
        }
    }

    /**
     * Returns the postal code, or throws naming the field when it is longer than {@link #MAX_POSTAL_CODE_LENGTH} or
     * has a character {@link #checkText} refuses.
     *
     * @param field the field's name in the refusal
     * @param code the postal code
     * @return {@code code}
     * @throws IllegalArgumentException when the code is too long or has a control character
     */
    public static String checkPostalCode(String field, String code) {
        return checkText(field, code, MAX_POSTAL_CODE_LENGTH);
    }

    /**
     * {@code a + b} for two loads or quantities within the limits, capped at {@link #MAX_QUANTITY}: a sum of any
     * number of rows never overflows, and a slot loaded past every capacity stays full.
     *
     * @param a a load or quantity, {@code >= 0}
     * @param b another
     * @return their sum, at most {@link #MAX_QUANTITY}
     */
    public static int addCapped(int a, int b) {
        return (int) Math.min(MAX_QUANTITY, (long) a + b);
    }
}
