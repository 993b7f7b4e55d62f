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

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DecimalsTest {

    @Test
    void writesTheSpecsExamples() {
        assertThat(Decimals.shortest(4.9)).isEqualTo("4.9");
        assertThat(Decimals.shortest(0.9021)).isEqualTo("0.9021");
        assertThat(Decimals.shortest(0.97)).isEqualTo("0.97");
        assertThat(Decimals.shortest(12.5)).isEqualTo("12.5");
    }

    @Test
    void integralValuesKeepOneDecimal() {
        assertThat(Decimals.shortest(1.0)).isEqualTo("1.0");
        assertThat(Decimals.shortest(100.0)).isEqualTo("100.0");
        assertThat(Decimals.shortest(0.0)).isEqualTo("0.0");
    }

    @Test
    void neverWritesAnExponent() {
        assertThat(Decimals.shortest(1.0E-4)).isEqualTo("0.0001");
        assertThat(Decimals.shortest(2.0E-3)).isEqualTo("0.002");
        assertThat(Decimals.shortest(1.0E22)).isEqualTo("10000000000000000000000.0");
        assertThat(Decimals.shortest(1.0E7)).isEqualTo("10000000.0");
    }

    @Test
    void keepsEveryDigitANeighbourNeeds() {
        assertThat(Decimals.shortest(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Decimals.shortest(Math.nextUp(1.0))).isEqualTo("1.0000000000000002");
    }

    @Test
    void isShorterThanJava17WhereItIsNotShortest() {
        // JDK-4511638: Java 17 writes 2.0E-3 as "0.0020" and 1.0E23 as "1.0E23" from a longer expansion
        assertThat(Decimals.shortest(2.0E-3)).isEqualTo("0.002");
        assertThat(Decimals.shortest(1.0E23)).isEqualTo("100000000000000000000000.0");
        assertThat(Decimals.shortest(5.0E-324)).isEqualTo("0." + "0".repeat(323) + "5");
    }

    @Test
    void alwaysReadsBackAndIsNeverLongerThanJava() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0 ? random.nextDouble() : Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            String s = Decimals.shortest(d);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(d);
            assertThat(s).doesNotContain("E");
            assertThat(significantDigits(s)).as(s).isLessThanOrEqualTo(significantDigits(Double.toString(d)));
        }
    }

    @Test
    void refusesWhatJsonCannotCarry() {
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.shortest(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.shortest(Double.POSITIVE_INFINITY));
    }

    private static int significantDigits(String s) {
        String mantissa = s.contains("E") ? s.substring(0, s.indexOf('E')) : s;
        String digits = mantissa.replace("-", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(digits.length(), 1);
    }
}
