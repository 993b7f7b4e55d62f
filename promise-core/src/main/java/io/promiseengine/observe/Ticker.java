package io.promiseengine.observe;

/**
 * A source of nanoseconds for measuring how long a call took: only differences between two readings mean
 * anything. The engine reads it only when an observer or the decision log wants a duration, so a test
 * injects a fake one and gets exact, repeatable durations.
 */
@FunctionalInterface
public interface Ticker {

    /**
     * The current reading, in nanoseconds from an arbitrary origin.
     *
     * @return the reading; a later call gives a value at least as large
     */
    long read();

    /**
     * The JVM's monotonic clock ({@link System#nanoTime()}), the default: elapsed time, not a wall-clock time.
     *
     * @return the system ticker
     */
    static Ticker system() {
        return System::nanoTime;
    }
}
