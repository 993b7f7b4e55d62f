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
 * Promise Engine's Micrometer binding: {@link io.promiseengine.micrometer.MicrometerObserver}, a
 * {@code PromiseObserver} that counts and times what the engine decides in a Micrometer registry
 * (docs/OBSERVING.md).
 */
@SuppressWarnings("requires-automatic")
module io.promiseengine.micrometer {
    requires transitive io.promiseengine.core;
    requires transitive micrometer.core;

    exports io.promiseengine.micrometer;
}
