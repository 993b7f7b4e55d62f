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
package io.promiseengine.examples.simulation;

/** Orders counted for one policy and confidence: how many were on time, the days promised and wasted. */
public final class Tally {

    private long orders;
    private long onTime;
    private long promisedDays;
    private long wastedDays;

    void add(boolean wasOnTime, long promised, long wasted) {
        orders++;
        if (wasOnTime) {
            onTime++;
        }
        promisedDays += promised;
        wastedDays += wasted;
    }

    public long orders() {
        return orders;
    }

    /** Orders delivered by their promise. */
    public long onTime() {
        return onTime;
    }

    /** The share of orders delivered by their promise (NaN without orders). */
    public double onTimeRate() {
        return orders == 0 ? Double.NaN : onTime / (double) orders;
    }

    /** Calendar days from the order date to the promised date, on average. */
    public double averagePromisedDays() {
        return orders == 0 ? Double.NaN : promisedDays / (double) orders;
    }

    /** Calendar days from the delivery date to a later promised date, on average over all orders. */
    public double averageWastedDays() {
        return orders == 0 ? Double.NaN : wastedDays / (double) orders;
    }
}
