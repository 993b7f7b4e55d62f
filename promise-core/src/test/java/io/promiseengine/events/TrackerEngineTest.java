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
package io.promiseengine.events;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import static io.promiseengine.events.EventFixtures.capture;
import static io.promiseengine.events.EventFixtures.engine;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which engines a tracker accepts ({@link PromiseTracker#builder}): those {@link PromiseEngine#builder} built,
 * refused at once otherwise, because a tracker re-plans through an operation the interface does not offer.
 */
class TrackerEngineTest {

    /** A decorator that forwards every call to the engine, as an application's logging wrapper would. */
    private static PromiseEngine forwarding(PromiseEngine engine) {
        return (PromiseEngine) Proxy.newProxyInstance(PromiseEngine.class.getClassLoader(), new Class<?>[] {PromiseEngine.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void anEngineBuiltByTheLibraryIsTracked() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        try (PromiseTracker tracker = PromiseTracker.builder(engine).build()) {
            capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
            assertThat(tracker.order("o-1")).isPresent();
        }
    }

    @Test
    void aDecoratedEngineIsRefusedByTheBuilderNamingItsClass() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseEngine decorated = forwarding(engine);
        assertThat(decorated.network()).isSameAs(engine.network());

        assertThatThrownBy(() -> PromiseTracker.builder(decorated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("engine must be built by PromiseEngine.builder")
                .hasMessageContaining(decorated.getClass().getName());
    }

    @Test
    void noEngineIsANullPointerNamingIt() {
        assertThatThrownBy(() -> PromiseTracker.builder(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("engine");
    }
}
