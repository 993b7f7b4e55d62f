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
package io.promiseengine.json.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * The message for an unknown field, with the nearest allowed name when one is close enough to be a typo:
 * {@code unknown field; did you mean postalCode?}.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** {@code "unknown field"}, followed by {@code "; did you mean NAME?"} when {@link #nearest} finds one. */
    public static String unknown(String name, Collection<String> allowed) {
        String near = nearest(name, allowed);
        return near == null ? "unknown field" : "unknown field; did you mean " + near + "?";
    }

    /**
     * The allowed name nearest to {@code name} by edit distance (insertions, deletions and substitutions of
     * one character, letter case ignored), when that distance is at most a third of the longer name's length
     * (at least 1, at most 3); ties go to the alphabetically first name, so the answer is the same on every
     * run. Null when none is that close.
     */
    public static String nearest(String name, Collection<String> allowed) {
        String a = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int limit = Math.min(3, Math.max(1, Math.max(a.length(), candidate.length()) / 3));
            int d = distance(a, candidate.toLowerCase(Locale.ROOT));
            if (d <= limit && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
