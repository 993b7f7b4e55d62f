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
/**
 * Promise Engine's core: the network model, quotes, plans, the live engine with its reservations, the
 * promise tracker and the transit learner. Depends on nothing but SLF4J's API.
 *
 * <p>Exported: the API packages and the {@code spi} packages users implement (docs/README.md, "Module
 * boundaries"). Not exported: {@code io.promiseengine.internal.*}, the engine's machinery, which may change in
 * any release. One internal package is exported to one module only: {@code io.promiseengine.internal.events}
 * to {@code io.promiseengine.postgres}, whose tracker store keeps tracked orders and notices in the tracker's
 * own binary form ({@code TrackerCodec}).
 */
module io.promiseengine.core {
    requires org.slf4j;

    exports io.promiseengine.events;
    exports io.promiseengine.events.spi;
    exports io.promiseengine.learn;
    exports io.promiseengine.live;
    exports io.promiseengine.live.spi;
    exports io.promiseengine.model;
    exports io.promiseengine.observe;
    exports io.promiseengine.plan;
    exports io.promiseengine.quote;
    exports io.promiseengine.rules;
    exports io.promiseengine.rules.spi;

    exports io.promiseengine.internal.events to io.promiseengine.postgres;
}
