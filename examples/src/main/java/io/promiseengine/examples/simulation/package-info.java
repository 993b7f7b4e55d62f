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
 * The accuracy simulation: months of orders on the France demo network, delivered by carriers whose true
 * transit times the simulation controls (with a strike week and a peak season), promised by three policies
 * (a static "2 to 5 days" text, the configured distributions, the distributions a
 * {@link io.promiseengine.learn.TransitLearner} learns from the deliveries), and the report of
 * {@code docs/ACCURACY.md} with its charts. Deterministic for a seed.
 */
package io.promiseengine.examples.simulation;
