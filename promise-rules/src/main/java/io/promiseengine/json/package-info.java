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
 * The JSON documents of the spec (network, request, response): {@link io.promiseengine.json.NetworkDocument}
 * reads and writes the {@code promise-network/1} document of section 2, checking every rule and refusing a
 * document with all its problems, each with its JSON path.
 *
 * <p>Parameters and results are non-null unless stated. There is no SPI here; the readers' machinery is in
 * {@code io.promiseengine.json.internal}, which is not part of the API.
 */
package io.promiseengine.json;
