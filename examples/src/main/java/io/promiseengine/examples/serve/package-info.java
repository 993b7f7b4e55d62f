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
 * The storefront of {@code java -jar promise.jar serve} (docs/STOREFRONT.md): an HTTP server over a live
 * {@link io.promiseengine.live.PromiseEngine} and {@link io.promiseengine.events.PromiseTracker}.
 *
 * <p>{@link io.promiseengine.examples.serve.Storefront} holds the live state and is the one place it is created
 * ({@link io.promiseengine.examples.serve.Storefront#inMemory}); {@link
 * io.promiseengine.examples.serve.StorefrontServer} runs the routes on Javalin. The handlers only translate HTTP
 * to the library's documents and back (Shopify's carrier-service rates, the request, response and listing
 * documents, the tracker's events) and never reach into {@code io.promiseengine.internal}; the one internal class
 * this application uses is the tracker's binary form of orders and changes
 * ({@code io.promiseengine.internal.events.TrackerCodec}), for the PostgreSQL order book: the application runs on
 * the class path, where the library's module boundaries do not apply (docs/README.md, "Module boundaries"). Pages are plain
 * HTML, CSS and JavaScript from {@code storefront/} in the jar. Parameters and results are non-null.
 */
package io.promiseengine.examples.serve;
