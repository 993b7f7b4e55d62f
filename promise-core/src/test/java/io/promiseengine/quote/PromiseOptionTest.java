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

import io.promiseengine.model.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** docs/API.md, "Values": an option names its service or its collect store, never "" for "not applicable". */
class PromiseOptionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant AT = Instant.parse("2026-09-18T08:30:00Z");

    private static PromiseOption option(Method method, Optional<String> service, Optional<String> location) {
        return new PromiseOption(method, service, location, PARIS, AT, LocalDate.parse("2026-09-18"), Optional.empty(),
                1.0, BigDecimal.ZERO, List.of());
    }

    @Test
    void aDeliveryNamesItsServiceAndNoStore() {
        PromiseOption o = option(Method.COURIER, Optional.of("courier-2h"), Optional.empty());

        assertThat(o.service()).contains("courier-2h");
        assertThat(o.location()).isEmpty();
    }

    @Test
    void clickAndCollectNamesItsStoreAndNoService() {
        PromiseOption o = option(Method.COLLECT, Optional.empty(), Optional.of("store-paris"));

        assertThat(o.location()).contains("store-paris");
        assertThat(o.service()).isEmpty();
    }

    @Test
    void aDeliveryWithoutServiceOrWithAStoreIsRefusedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> option(Method.HOME_DELIVERY, Optional.empty(), Optional.empty()))
                .withMessage("service: missing for method HOME_DELIVERY, which names its service");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> option(Method.HOME_DELIVERY, Optional.of("std"), Optional.of("store-paris")))
                .withMessage("location: \"store-paris\" given for method HOME_DELIVERY, which names no store");
    }

    @Test
    void clickAndCollectWithAServiceOrWithoutAStoreIsRefusedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> option(Method.COLLECT, Optional.of("std"), Optional.of("store-paris")))
                .withMessage("service: \"std\" given for method COLLECT, which has no service");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> option(Method.COLLECT, Optional.empty(), Optional.empty()))
                .withMessage("location: missing for method COLLECT, which names its store");
    }
}
