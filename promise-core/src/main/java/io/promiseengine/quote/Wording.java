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

import java.util.List;
import java.util.Set;

/**
 * The keys of a message catalogue ({@code messages_fr.properties} ...), each with the placeholders its
 * wording may use. docs/MESSAGES.md describes every key; {@link PromiseMessages#keys()} lists them.
 */
enum Wording {

    WEEKDAYS("weekdays", 7),
    MONTHS("months", 12),
    TIME_AM("time.am", -1),
    TIME_PM("time.pm", -1),
    TIME("time", "H", "HH", "h12", "mm", "ampm"),
    TIME_HOUR("time.hour", "H", "HH", "h12", "ampm"),
    DATE("date", "weekday", "d", "month"),
    DATE_SAME_MONTH("date.sameMonth", "weekday", "d", "month"),
    DURATION_HOURS("duration.hours", "h"),
    DURATION_MINUTES("duration.minutes", "m"),
    DURATION_HOURS_MINUTES("duration.hoursMinutes", "h", "m"),
    PRICE("price", "amount", "symbol"),
    PRICE_CODE("price.code", "amount", "code"),
    PRICE_FREE("price.free"),
    NUMBER_DECIMAL("number.decimal"),
    NUMBER_GROUP("number.group"),
    CURRENCY_SYMBOLS("currency.symbols", -2),
    DELIVERY_TODAY("delivery.today", "date", "time", "hour"),
    DELIVERY_TOMORROW("delivery.tomorrow", "date", "time", "hour"),
    DELIVERY_OTHER("delivery.other", "date", "time", "hour"),
    COLLECT_TODAY("collect.today", "date", "time", "hour", "store"),
    COLLECT_TOMORROW("collect.tomorrow", "date", "time", "hour", "store"),
    COLLECT_OTHER("collect.other", "date", "time", "hour", "store"),
    WINDOW_TODAY("window.today", "date", "start", "end", "startHour", "endHour"),
    WINDOW_TOMORROW("window.tomorrow", "date", "start", "end", "startHour", "endHour"),
    WINDOW_OTHER("window.other", "date", "start", "end", "startHour", "endHour"),
    PURPOSE_DELIVERY_TODAY("purpose.delivery.today", "date"),
    PURPOSE_DELIVERY_TOMORROW("purpose.delivery.tomorrow", "date"),
    PURPOSE_DELIVERY_OTHER("purpose.delivery.other", "date"),
    PURPOSE_COLLECT_TODAY("purpose.collect.today", "date"),
    PURPOSE_COLLECT_TOMORROW("purpose.collect.tomorrow", "date"),
    PURPOSE_COLLECT_OTHER("purpose.collect.other", "date"),
    PURPOSE_WINDOW_TODAY("purpose.window.today", "weekday", "date", "start", "end", "startHour", "endHour"),
    PURPOSE_WINDOW_TOMORROW("purpose.window.tomorrow", "weekday", "date", "start", "end", "startHour", "endHour"),
    PURPOSE_WINDOW_WEEK("purpose.window.week", "weekday", "date", "start", "end", "startHour", "endHour"),
    PURPOSE_WINDOW_OTHER("purpose.window.other", "weekday", "date", "start", "end", "startHour", "endHour"),
    ORDER_BY_WITHIN("orderBy.within", "duration", "purpose"),
    ORDER_BY_WITHIN_A_MINUTE("orderBy.withinAMinute", "purpose"),
    ORDER_BY_BEFORE("orderBy.before", "date", "time", "hour", "purpose"),
    ORDER_BY_BEFORE_TODAY("orderBy.beforeToday", "time", "hour", "purpose"),
    CHANGE_DELIVERY_OTHER_DAY("change.delivery.otherDay", "date", "old"),
    CHANGE_DELIVERY_OTHER_DAY_TIME("change.delivery.otherDayTime", "date", "time", "hour", "old"),
    CHANGE_DELIVERY_SAME_DAY("change.delivery.sameDay", "date"),
    CHANGE_DELIVERY_SAME_DAY_TIME("change.delivery.sameDayTime", "date", "time", "hour", "oldTime", "oldHour"),
    CHANGE_DELIVERY_LOST("change.delivery.lost", "date"),
    CHANGE_COLLECT_OTHER_DAY_TIME("change.collect.otherDayTime", "date", "time", "hour", "old"),
    CHANGE_COLLECT_SAME_DAY("change.collect.sameDay", "date"),
    CHANGE_COLLECT_SAME_DAY_TIME("change.collect.sameDayTime", "date", "time", "hour", "oldTime", "oldHour"),
    CHANGE_COLLECT_LOST("change.collect.lost", "date"),
    CHANGE_WINDOW_MOVED("change.window.moved", "weekday", "date", "start", "end", "startHour", "endHour"),
    CHANGE_WINDOW_LOST("change.window.lost", "weekday", "date", "start", "end", "startHour", "endHour");

    /** Placeholders holding a whole number, the only ones a plural choice {@code {n:one|other}} may use. */
    static final Set<String> NUMBERS = Set.of("H", "h12", "d", "h", "m", "hour", "oldHour", "startHour", "endHour");

    private static final Wording[] ALL = values();

    final String key;
    /**
     * For a list: how many comma-separated items; -1 for a plain optional text; -2 for comma-separated pairs of
     * an ISO 4217 code and its symbol ({@code EUR €, GBP £}); 0 for a template.
     */
    final int items;
    final List<String> placeholders;

    Wording(String key, int items) {
        this.key = key;
        this.items = items;
        this.placeholders = List.of();
    }

    Wording(String key, String... placeholders) {
        this.key = key;
        this.items = 0;
        this.placeholders = List.of(placeholders);
    }

    boolean isTemplate() {
        return items == 0;
    }

    /** A key a catalogue may leave out: the text is then empty ({@code time.am}, {@code time.pm}). */
    boolean isOptional() {
        return items == -1;
    }

    /** Pairs of a currency code and its symbol ({@code currency.symbols}). */
    boolean isSymbols() {
        return items == -2;
    }

    /** The wording with that key, or {@code null}. */
    static Wording byKey(String key) {
        for (Wording w : ALL) {
            if (w.key.equals(key)) {
                return w;
            }
        }
        return null;
    }
}
