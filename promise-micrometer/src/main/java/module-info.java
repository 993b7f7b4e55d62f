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
