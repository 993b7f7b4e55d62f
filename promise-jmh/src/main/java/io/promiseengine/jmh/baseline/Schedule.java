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

import io.promiseengine.model.TimeRange;
import io.promiseengine.model.WeeklyHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weekly hours in a zone less closed dates, read date by date as a person would: the open intervals of a
 * local date are its {@code hours} turned into instants with {@link ZonedDateTime#of} (spec 1), none on a
 * closed date (spec 1: "a closed date closes the whole local day"). Intervals are half-open {@code [from, to)}.
 */
final class Schedule {

    private final ZoneId zone;
    private final WeeklyHours hours;
    private final Set<LocalDate> closed;
    private final Map<LocalDate, List<Instant[]>> byDate = new ConcurrentHashMap<>();

    Schedule(ZoneId zone, WeeklyHours hours, Set<LocalDate> closed) {
        this.zone = zone;
        this.hours = hours;
        this.closed = closed;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate dateOf(Instant s) {
        return s.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    boolean isClosedDate(LocalDate date) {
        return closed.contains(date);
    }

    /** The open intervals of one local date, in order; empty on a closed date. */
    List<Instant[]> on(LocalDate date) {
        return byDate.computeIfAbsent(date, this::compute);
    }

    private List<Instant[]> compute(LocalDate date) {
        List<Instant[]> out = new ArrayList<>();
        if (closed.contains(date)) {
            return out;
        }
        for (TimeRange r : hours.on(date.getDayOfWeek())) {
            Instant from = at(date, r.fromMinute());
            Instant to = at(date, r.toMinute());
            if (from.isBefore(to)) {
                out.add(new Instant[] {from, to});
            }
        }
        return out;
    }

    /** A local time of a date as an instant; minute 1440 ({@code 24:00}) is the next date's 00:00. */
    Instant at(LocalDate date, int minuteOfDay) {
        if (minuteOfDay == 1440) {
            return ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
    }

    boolean isOpen(Instant s) {
        LocalDate d = dateOf(s);
        for (LocalDate date = d.minusDays(1); !date.isAfter(d); date = date.plusDays(1)) {
            for (Instant[] iv : on(date)) {
                if (!s.isBefore(iv[0]) && s.isBefore(iv[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first open instant at or after {@code s}, or null when there is none up to {@code limit}. */
    Instant nextOpen(Instant s, Instant limit) {
        for (LocalDate date = dateOf(s).minusDays(1); !startOf(date).isAfter(limit); date = date.plusDays(1)) {
            for (Instant[] iv : on(date)) {
                if (iv[1].isAfter(s)) {
                    Instant from = iv[0].isAfter(s) ? iv[0] : s;
                    return from.isAfter(limit) ? null : from;
                }
            }
        }
        return null;
    }

    /**
     * The instant at which {@code seconds} of working time counted from {@code s} are complete: time counts
     * only inside open intervals (spec 4.2), so it may end at a closing instant. Zero seconds give {@code s}.
     * Null when it would end after {@code limit}.
     */
    Instant addWork(Instant s, long seconds, Instant limit) {
        if (seconds == 0) {
            return s;
        }
        long remaining = seconds;
        for (LocalDate date = dateOf(s).minusDays(1); !startOf(date).isAfter(limit); date = date.plusDays(1)) {
            for (Instant[] iv : on(date)) {
                if (!iv[1].isAfter(s)) {
                    continue;
                }
                Instant from = iv[0].isAfter(s) ? iv[0] : s;
                long available = iv[1].getEpochSecond() - from.getEpochSecond();
                if (available >= remaining) {
                    Instant end = from.plusSeconds(remaining);
                    return end.isAfter(limit) ? null : end;
                }
                remaining -= available;
            }
        }
        return null;
    }
}
