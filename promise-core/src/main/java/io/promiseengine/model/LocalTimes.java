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

import java.time.LocalTime;

/** Reading and writing {@code HH:MM} as the documents write local times. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * Reads {@code HH:MM} (00:00 to 23:59) into a local time.
     *
     * @param text the time
     * @return the local time
     * @throws IllegalArgumentException when the text is not {@code HH:MM}
     */
    public static LocalTime parse(String text) {
        int minute = parseMinute(text, false, text);
        return LocalTime.of(minute / 60, minute % 60);
    }

    /**
     * Writes a local time as {@code HH:MM}; seconds must be zero.
     *
     * @param time the time
     * @return {@code HH:MM}
     * @throws IllegalArgumentException when the time has seconds
     */
    public static String format(LocalTime time) {
        return format(time.getHour() * 60 + time.getMinute());
    }

    static String format(int minute) {
        int h = minute / 60;
        int m = minute % 60;
        return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    }

    static int parseMinute(String s, boolean allow2400, String whole) {
        if (s == null || s.length() != 5 || s.charAt(2) != ':' || !digits(s, 0, 2) || !digits(s, 3, 5)) {
            throw new IllegalArgumentException("expected a time HH:MM, was " + Echo.quote(whole));
        }
        int h = Integer.parseInt(s.substring(0, 2));
        int m = Integer.parseInt(s.substring(3, 5));
        if (h == 24 && m == 0 && allow2400) {
            return 1440;
        }
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException("time " + Echo.quote(s) + " in " + Echo.quote(whole) + " is not a time of day"
                    + (h == 24 && m == 0 ? " (24:00 is allowed only as the end of an interval)" : ""));
        }
        return h * 60 + m;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
