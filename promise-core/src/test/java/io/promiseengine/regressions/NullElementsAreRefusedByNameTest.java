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
package io.promiseengine.regressions;

import io.promiseengine.live.Reservation;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Problem;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, the Java API: a list holding a null element given to a public record ({@code Quote},
 * {@code Reservation}, {@code StockPosition}, the model's {@code Network} and services...) or a null position given
 * to {@code Destination.position} / {@code Destination.of} threw a {@code NullPointerException} without a message
 * ({@code List.copyOf}, {@code Optional.of}): nothing said which part was null. The lists are copied by
 * {@link Limits#copyOf}, which names the field and the index.
 */
class NullElementsAreRefusedByNameTest {

    @Test
    void aNullElementIsNamedWithItsIndex() {
        List<PromiseOption> options = Arrays.asList((PromiseOption) null);
        assertThatThrownBy(() -> new Quote(Instant.EPOCH, ZoneId.of("UTC"), options, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("options[0] must not be null");
        List<Rejection> rejected = Arrays.asList(null, null);
        assertThatThrownBy(() -> new Quote(Instant.EPOCH, ZoneId.of("UTC"), List.of(), rejected))
                .isInstanceOf(NullPointerException.class).hasMessage("rejected[0] must not be null");
        assertThatThrownBy(() -> new StockPosition("L", "A", 1, 0, 0, 0, Arrays.asList((StockPosition.SupplyLine) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("supply[0] must not be null");
        assertThatThrownBy(() -> new Reservation("o1", List.of(), Arrays.asList(null, null), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessageMatching("\\w+\\[0\\] must not be null");
        assertThatThrownBy(() -> new InvalidNetworkException(Arrays.asList((Problem) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("problems[0] must not be null");
    }

    @Test
    void aNullListIsNamed() {
        assertThatThrownBy(() -> new Quote(Instant.EPOCH, ZoneId.of("UTC"), null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("options must not be null");
        assertThatThrownBy(() -> Limits.copyOf("x", null)).hasMessage("x must not be null");
        assertThat(Limits.copyOf("x", List.of("a", "b"))).containsExactly("a", "b");
    }

    @Test
    void aNullPositionOfADestinationIsNamed() {
        assertThatThrownBy(() -> Destination.position(null)).isInstanceOf(NullPointerException.class).hasMessage("position");
        assertThatThrownBy(() -> Destination.of("75011", null)).isInstanceOf(NullPointerException.class).hasMessage("position");
        assertThatThrownBy(() -> Destination.of(null, null)).isInstanceOf(NullPointerException.class).hasMessage("postalCode");
    }
}
