/**
 * The storefront of {@code java -jar promise.jar serve} (docs/STOREFRONT.md): an HTTP server over a live
 * {@link io.promiseengine.live.PromiseEngine} and {@link io.promiseengine.events.PromiseTracker}.
 *
 * <p>{@link io.promiseengine.examples.serve.Storefront} holds the live state and is the one place it is created
 * ({@link io.promiseengine.examples.serve.Storefront#inMemory}); {@link
 * io.promiseengine.examples.serve.StorefrontServer} runs the routes on Javalin. The handlers only translate HTTP
 * to the library's documents and back (Shopify's carrier-service rates, the request, response and listing
 * documents, the tracker's events) and never reach into {@code io.promiseengine.internal}. Pages are plain
 * HTML, CSS and JavaScript from {@code storefront/} in the jar. Parameters and results are non-null.
 */
package io.promiseengine.examples.serve;
