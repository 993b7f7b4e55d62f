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
package io.promiseengine.plan;

import io.promiseengine.model.OrderLine;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An order's checks and its line attributes (found unchecked by mutation testing, docs/TESTING.md). */
class OrderTest {

    private static final QuoteRequest REQUEST = QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"),
            Destination.postalCode("75015")).line("SOFA", 1).line("LAMP", 2).build();

    @Test
    void attributesAreKeptPerSku_andAMissingOneIsEmpty() {
        Order order = Order.of("o-1", REQUEST).withAttributes("SOFA", Map.of("weightKg", "48"));
        assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("SOFA", "LAMP");
        assertThat(order.lines().get(0).attribute("weightKg")).isEqualTo("48");
        assertThat(order.lines().get(0).attribute("category")).isEmpty();
        assertThat(order.lines().get(1).attributes()).isEmpty();
        assertThat(order.lines().get(1).quantity()).isEqualTo(2);
    }

    @Test
    void attributesOfASkuNotInTheCartAreRefused() {
        assertThatThrownBy(() -> Order.of("o-1", REQUEST).withAttributes("TABLE", Map.of("weightKg", "30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TABLE").hasMessageContaining("o-1");
    }

    @Test
    void anOrderNeedsAnIdAndARequest() {
        assertThatThrownBy(() -> new Order("o-1", null, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> Order.of("", REQUEST)).isInstanceOf(IllegalArgumentException.class);
    }
}
