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

import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.MassFunction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.promiseengine.json.Docs.problems;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.replacing;
import static io.promiseengine.json.Docs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.1, mass functions (a lane's {@code days}, a band's {@code minutes}): keys {@code 0} or a positive
 * integer without leading zeros, values numbers {@code > 0} summing to 1 within 1e-9. The sum is exact in
 * decimal (each value as the shortest decimal of its binary64), so 0.1 + 0.2 + 0.7 is 1 and the tolerance
 * boundary is sharp.
 */
class MassFunctionRulesTest {

    private static final String LANE_DAYS = "'days': {'1': 0.9, '2': 0.1}";
    private static final String LANE_PATH = "services[0].lanes[0].days";

    private static String laneDays(String massFunction) {
        return replacing(LANE_DAYS, "'days': " + massFunction);
    }

    private static MassFunction readLaneDays(String massFunction) {
        return ((HomeDeliveryService) valid(laneDays(massFunction)).services().get(0)).lanes().get(0).days();
    }

    @Test
    void sumBelowOneIsRefusedWithTheSpecMessage() {
        assertThat(problems(laneDays("{'2': 0.7, '3': 0.25, '4': 0.02}"))).extracting(Object::toString)
                .containsExactly(LANE_PATH + ": probabilities sum to 0.97, expected 1");
    }

    @Test
    void sumAboveOneIsRefused() {
        refusedWith(laneDays("{'1': 0.9, '2': 0.2}"), LANE_PATH, "probabilities sum to 1.1, expected 1");
    }

    @Test
    void sumWithinOneBillionthOfOneIsAccepted() {
        assertThat(readLaneDays("{'1': 0.999999999}").size()).isEqualTo(1);
        assertThat(readLaneDays("{'1': 0.5, '2': 0.500000001}").size()).isEqualTo(2);
    }

    @Test
    void sumJustBeyondOneBillionthIsRefused() {
        refusedWith(laneDays("{'1': 0.9999999989}"), LANE_PATH, "probabilities sum to 0.9999999989, expected 1");
        refusedWith(laneDays("{'1': 0.5, '2': 0.5000000011}"), LANE_PATH, "probabilities sum to 1.0000000011, expected 1");
    }

    @Test
    void sumIsExactInDecimalNotInBinary() {
        // in binary64, 0.1 + 0.2 + 0.7 is 1.0000000000000002; in decimal it is 1
        assertThat(readLaneDays("{'1': 0.1, '2': 0.2, '3': 0.7}").cumulative(2)).isEqualTo(1.0);
        assertThat(readLaneDays("{'1': 0.333333333, '2': 0.333333333, '3': 0.333333333}").size()).isEqualTo(3);
        refusedWith(laneDays("{'1': 0.33333333, '2': 0.33333333, '3': 0.33333333}"), LANE_PATH,
                "probabilities sum to 0.99999999, expected 1");
    }

    @Test
    void zeroIsAValue() {
        assertThat(readLaneDays("{'0': 0.2, '1': 0.8}").asMap()).isEqualTo(Map.of(0, 0.2, 1, 0.8));
    }

    @Test
    void keyWithALeadingZeroIsRefused() {
        refusedWith(laneDays("{'01': 0.9, '2': 0.1}"), LANE_PATH + ".01",
                "key \"01\" must be 0 or a positive integer without leading zeros or sign");
    }

    @Test
    void negativeOrSignedKeyIsRefused() {
        refusedWith(laneDays("{'-1': 0.1, '2': 0.9}"), LANE_PATH + ".-1", "key \"-1\" must be 0 or a positive integer");
        refusedWith(laneDays("{'+1': 0.1, '2': 0.9}"), LANE_PATH + ".+1", "key \"+1\" must be 0 or a positive integer");
    }

    @Test
    void fractionalOrTextKeyIsRefused() {
        refusedWith(laneDays("{'1.5': 0.1, '2': 0.9}"), LANE_PATH + ".1.5", "key \"1.5\" must be 0 or a positive integer");
        refusedWith(laneDays("{'two': 1}"), LANE_PATH + ".two", "key \"two\" must be 0 or a positive integer");
    }

    @Test
    void keyBeyondAnIntIsRefused() {
        refusedWith(laneDays("{'99999999999': 1}"), LANE_PATH + ".99999999999", "must be 0 or a positive integer");
    }

    @Test
    void aBadKeyIsReportedAloneNotAlsoAsAWrongSum() {
        refusedWith(laneDays("{'01': 0.5, '2': 0.1}"), LANE_PATH + ".01", "key \"01\"");
    }

    @Test
    void zeroProbabilityIsRefused() {
        refusedWith(laneDays("{'1': 1, '2': 0}"), LANE_PATH + ".2", "probability must be a number > 0, was 0");
    }

    @Test
    void negativeProbabilityIsRefused() {
        refusedWith(laneDays("{'1': 1.1, '2': -0.1}"), LANE_PATH + ".2", "probability must be a number > 0, was -0.1");
    }

    @Test
    void probabilityIsANumber() {
        refusedWith(laneDays("{'1': '1'}"), LANE_PATH + ".1", "expected a number, was the string \"1\"");
    }

    @Test
    void emptyMassFunctionIsRefused() {
        refusedWith(laneDays("{}"), LANE_PATH, "a mass function needs at least one value");
    }

    @Test
    void massFunctionIsAnObject() {
        refusedWith(laneDays("[0.9, 0.1]"), LANE_PATH, "expected an object of value to probability, was an array");
    }

    @Test
    void bandMinutesFollowTheSameRules() {
        refusedWith(replacing("'minutes': {'45': 0.6, '60': 0.4}", "'minutes': {'45': 0.6, '60': 0.3}"),
                "services[1].bands[0].minutes", "probabilities sum to 0.9, expected 1");
        refusedWith(replacing("'minutes': {'45': 0.6, '60': 0.4}", "'minutes': {'045': 0.6, '60': 0.4}"),
                "services[1].bands[0].minutes.045", "key \"045\" must be 0 or a positive integer");
    }
}
