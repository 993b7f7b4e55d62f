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
