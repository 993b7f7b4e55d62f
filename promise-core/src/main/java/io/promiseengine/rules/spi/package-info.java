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
 * The rule SPI: what users implement to plug their own rules into a
 * {@link io.promiseengine.rules.RuleSet}. A {@link io.promiseengine.rules.spi.LineFilter} says whether a
 * location may serve a line by a method (applied to quotes and plans alike); a
 * {@link io.promiseengine.rules.spi.ShipmentScore} prices a shipment (the planner minimises the total).
 * Built-in rules are in the {@code promise-rules} module ({@code io.promiseengine.rules.builtin}).
 *
 * <p>This package is SPI: its interfaces may gain default methods. Parameters and results are non-null.
 */
package io.promiseengine.rules.spi;
