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
