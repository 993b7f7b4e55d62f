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
 * The live engine: {@link io.promiseengine.live.PromiseEngine} holds the current network version and a
 * live inventory and capacity ledger that quotes read without locks. Where that state is kept (memory by
 * default, or a shared database) is the SPI of {@link io.promiseengine.live.spi}.
 *
 * <p>Parameters and results are non-null unless stated; misuse (an unknown location, a negative quantity) is
 * an {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package io.promiseengine.live;
