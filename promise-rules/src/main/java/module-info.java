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
 * Promise Engine's documents and built-in rules: the JSON readers and writers of networks, requests, listings,
 * rule sets and live inventory ({@code io.promiseengine.json}), and the rules a rule-set document names
 * ({@code io.promiseengine.rules.builtin}). Jackson stays inside: no exported signature names a Jackson type.
 *
 * <p>Not exported: {@code io.promiseengine.json.internal}, the readers' machinery. Reads only the exported
 * packages of {@code io.promiseengine.core}, which it gives to its users ({@code requires transitive}: its
 * documents read into and write from the core's model).
 */
module io.promiseengine.rules {
    requires transitive io.promiseengine.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.promiseengine.json;
    exports io.promiseengine.rules.builtin;
}
