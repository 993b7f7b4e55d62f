/**
 * Metrics of the promise engine in a Micrometer registry: {@link io.promiseengine.micrometer.MicrometerObserver},
 * a {@link io.promiseengine.observe.PromiseObserver} registered on the builders of the calculator, the engine and
 * the tracker. docs/OBSERVING.md lists its meters. Parameters and results are non-null unless stated.
 */
package io.promiseengine.micrometer;
