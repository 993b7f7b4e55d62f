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
 * Metrics of the promise engine in a Micrometer registry: {@link io.promiseengine.micrometer.MicrometerObserver},
 * a {@link io.promiseengine.observe.PromiseObserver} registered on the builders of the calculator, the engine and
 * the tracker. docs/OBSERVING.md lists its meters. Parameters and results are non-null unless stated.
 */
package io.promiseengine.micrometer;
