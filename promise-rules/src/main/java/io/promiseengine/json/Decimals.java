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

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a {@code double} as the spec wants (section 3): the shortest decimal that reads back as the same
 * binary64 value, never with an exponent, always with a decimal point ({@code 1.0}, {@code 0.0001},
 * {@code 10000000000000000000000.0}).
 *
 * <p>Java 17's {@link Double#toString(double)} is not always the shortest (JDK-4511638, fixed in 19), and
 * switches to an exponent below 10<sup>-3</sup> and from 10<sup>7</sup>, so the digits are found here: for
 * each precision {@code p} from 1 to 17 the two {@code p}-digit decimals around the exact value of the
 * double are tried; the first precision at which one of them reads back wins, the nearer one if both do.
 * Seventeen digits always read back, so the loop ends.
 */
final class Decimals {

    private Decimals() {
    }

    /** The shortest round-trip decimal of a finite {@code d}, in plain notation with at least one decimal. */
    static String shortest(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("a JSON number must be finite, was " + d);
        }
        if (d == 0) {
            return "0.0"; // -0.0 too: JSON documents carry no negative zero
        }
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
            boolean downReads = down.doubleValue() == d;
            boolean upReads = up.doubleValue() == d;
            if (downReads && upReads) {
                // both read back (an exact value has down == up): the nearer, ties to even as BigDecimal does
                return plain(exact.round(new MathContext(p, RoundingMode.HALF_EVEN)));
            }
            if (downReads) {
                return plain(down);
            }
            if (upReads) {
                return plain(up);
            }
        }
        throw new AssertionError("17 significant digits always read back: " + d);
    }

    private static String plain(BigDecimal value) {
        String s = value.stripTrailingZeros().toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
