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
 * Quoting: {@link io.promiseengine.quote.PromiseCalculator} answers a {@link io.promiseengine.quote.QuoteRequest}
 * with every option of the spec's sections 3 and 4, each with its promised instant, order-by deadline and
 * confidence; {@link io.promiseengine.quote.PromiseMessages} turns an option into the sentences a shopper reads.
 *
 * <p>Parameters and results are non-null unless stated; an absent result field is an {@link java.util.Optional}.
 */
package io.promiseengine.quote;
