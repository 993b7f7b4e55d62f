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
 * A target's candidate origins in the order of a lower bound of their own key at one order instant
 * ({@link Solver#ownKeyBound}), for origins whose lines are available then, which a solver's pools walk as far as a
 * limit asks ({@code Solver.Pool}): a listing page's {@link OriginOrder} (every origin bounded and sorted once for
 * the page) or a quote's {@link ClassOrder} (the classes of origins sorted by their bound, their members walked in
 * place). Origins whose lines are available only later are the pool's exceptions, bounded one by one.
 */
abstract class OriginWalk {

    /** How many origins. */
    abstract int size();

    /** The site at position {@code i} of the order. */
    abstract int site(int i);

    /**
     * The bound at position {@code i} of the order (non-decreasing in {@code i}): {@link Long#MAX_VALUE} for an
     * origin without a plan.
     */
    abstract long bound(int i);

    /** Whether the site is one of the target's candidate origins. */
    abstract boolean member(int site);
}
