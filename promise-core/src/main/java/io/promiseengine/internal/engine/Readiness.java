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
package io.promiseengine.internal.engine;

/**
 * A site's preparation (spec 4.2) as {@link QuoteContext#prepare} and {@link RuleGate#prepare} answer it: the
 * instants it starts and is ready, or why there is none ({@link #refusal()}). Made once per entry of the context's
 * preparation cache (an answer with instants is one object, as the {@code long[]} it replaces was; a refusal is one
 * of four constants), read by accessors: no caller decodes an array or a negative code.
 */
final class Readiness {

    /** Why a preparation has no instants. */
    enum Refusal {
        /** Closed the whole time looked at. */
        CLOSED,
        /** Open, but every slot full. */
        NO_CAPACITY,
        /** Not ready by the search's limit. */
        BEYOND,
        /** The rule set's filters refuse the lines at every instant left ({@link RuleGate#prepare}). */
        RULE
    }

    static final Readiness CLOSED = new Readiness(0, 0, Refusal.CLOSED);
    static final Readiness NO_CAPACITY = new Readiness(0, 0, Refusal.NO_CAPACITY);
    static final Readiness BEYOND = new Readiness(0, 0, Refusal.BEYOND);
    static final Readiness RULE = new Readiness(0, 0, Refusal.RULE);

    private final long start;
    private final long ready;
    private final Refusal refusal;

    private Readiness(long start, long ready, Refusal refusal) {
        this.start = start;
        this.ready = ready;
        this.refusal = refusal;
    }

    /** A preparation starting at {@code start} and ready at {@code ready} (epoch seconds). */
    static Readiness of(long start, long ready) {
        return new Readiness(start, ready, null);
    }

    /** Whether there is a preparation: {@link #start()} and {@link #ready()} are its instants. */
    boolean prepared() {
        return refusal == null;
    }

    /** The instant the preparation starts; only when {@link #prepared()}. */
    long start() {
        return start;
    }

    /** The instant the preparation is ready; only when {@link #prepared()}. */
    long ready() {
        return ready;
    }

    /** Why there is no preparation, or null when there is one. */
    Refusal refusal() {
        return refusal;
    }

    @Override
    public String toString() {
        return refusal == null ? "Readiness[" + start + ", " + ready + "]" : "Readiness[" + refusal + "]";
    }
}
