/**
 * Observing what the library decides, without wrapping its calls: a {@link io.promiseengine.observe.PromiseObserver}
 * registered on the builders of {@link io.promiseengine.quote.PromiseCalculator},
 * {@link io.promiseengine.live.PromiseEngine} and {@link io.promiseengine.events.PromiseTracker} hears every quote
 * and listing page (with the nanoseconds it took, read from a {@link io.promiseengine.observe.Ticker}), every
 * request refused, every reservation, confirmation, release, hand-off and lapse, and every notice the tracker
 * makes. docs/OBSERVING.md describes the callbacks, the Micrometer binding ({@code promise-micrometer}) and the
 * decision log.
 *
 * <p>{@code PromiseObserver} and {@code Ticker} are the types users implement (service provider interfaces);
 * {@link io.promiseengine.observe.GuardedObserver} and {@link io.promiseengine.observe.NoticeKind} are values
 * the library gives. Parameters and results are non-null unless stated.
 */
package io.promiseengine.observe;
