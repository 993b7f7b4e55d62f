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

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A set of days of the week, written {@code DAY}, {@code DAY-DAY} or a comma list of those without
 * spaces ({@code MON-FRI,SUN}), days as {@code MON}..{@code SUN} in upper case (spec 2.1).
 *
 * <p>A range runs forwards from its first day to its last and may wrap the week end: {@code SAT-MON} is
 * Saturday, Sunday and Monday. A day named twice in one set is an error. {@link #toString()} gives a
 * canonical text that {@link #parse(String)} reads back to an equal set.
 */
public final class DaySet {

    private static final String[] NAMES = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    private final int mask;

    private DaySet(int mask) {
        this.mask = mask;
    }

    /**
     * Reads a day set; throws {@link IllegalArgumentException} naming the text when it is not one.
     *
     * @param text a day set: {@code "MON-FRI"}, {@code "SAT,SUN"}, {@code "MON-WED,FRI"}
     * @return the day set
     * @throws IllegalArgumentException when {@code text} is not a day set
     */
    public static DaySet parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("day set must not be empty, was " + Echo.quote(text == null ? "" : text));
        }
        int mask = 0;
        for (String part : text.split(",", -1)) {
            int dash = part.indexOf('-');
            int partMask;
            if (dash < 0) {
                partMask = 1 << day(part, text);
            } else {
                int from = day(part.substring(0, dash), text);
                int to = day(part.substring(dash + 1), text);
                partMask = 0;
                for (int d = from; ; d = (d + 1) % 7) {
                    partMask |= 1 << d;
                    if (d == to) {
                        break;
                    }
                }
            }
            if ((mask & partMask) != 0) {
                throw new IllegalArgumentException("day set " + Echo.quote(text) + " names "
                        + NAMES[Integer.numberOfTrailingZeros(mask & partMask)] + " twice");
            }
            mask |= partMask;
        }
        return new DaySet(mask);
    }

    private static int day(String name, String text) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("day set " + Echo.quote(text) + " has " + Echo.quote(name)
                + ", expected a day MON, TUE, WED, THU, FRI, SAT or SUN, a range like MON-FRI, or a comma list of those");
    }

    /**
     * The set of the given days.
     *
     * @param days the days
     * @return the day set
     * @throws NullPointerException when a day is null
     */
    public static DaySet of(DayOfWeek... days) {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << (d.getValue() - 1);
        }
        if (mask == 0) {
            throw new IllegalArgumentException("day set must name at least one day");
        }
        return new DaySet(mask);
    }

    /**
     * Every day of the week.
     *
     * @return the seven days
     */
    public static DaySet everyDay() {
        return new DaySet(0x7f);
    }

    /**
     * Whether the set has the day.
     *
     * @param day the day
     * @return true when it has it
     */
    public boolean contains(DayOfWeek day) {
        return (mask & (1 << (day.getValue() - 1))) != 0;
    }

    /**
     * Whether this set and the other share a day.
     *
     * @param other the other set
     * @return true when a day is in both
     */
    public boolean overlaps(DaySet other) {
        return (mask & other.mask) != 0;
    }

    /**
     * Bit {@code d - 1} is set for each day {@code d} (Monday = 1) of the set.
     *
     * @return the bit mask of the days
     */
    public int mask() {
        return mask;
    }

    /**
     * The days of the set.
     *
     * @return the days, Monday first
     */
    public Set<DayOfWeek> days() {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            if ((mask & (1 << i)) != 0) {
                set.add(DayOfWeek.of(i + 1));
            }
        }
        return set;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DaySet other && other.mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }

    /** Canonical text: runs of consecutive days (Monday first) as ranges, single days alone. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < 7) {
            if ((mask & (1 << i)) == 0) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && (mask & (1 << (j + 1))) != 0) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(NAMES[i]);
            if (j > i) {
                sb.append('-').append(NAMES[j]);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
