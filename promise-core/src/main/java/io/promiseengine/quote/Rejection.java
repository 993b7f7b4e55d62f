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
package io.promiseengine.quote;

import io.promiseengine.model.Method;

import java.util.Objects;

/**
 * A location passed over for a service or a collect store, with the first reason that excluded it.
 *
 * @param method the method
 * @param service the service id, {@code ""} for click and collect
 * @param location the location passed over
 * @param reason why
 * @param detail a sentence a person understands ({@code "391.2 km > 12 km"})
 */
public record Rejection(Method method, String service, String location, RejectReason reason, String detail) {

    /**
     * Checks the parts.
     *
     * @param method the method
     * @param service the service id, {@code ""} for click and collect
     * @param location the location passed over
     * @param reason why
     * @param detail a sentence a person understands ({@code "391.2 km > 12 km"})
     * @throws NullPointerException when a part is null
     */
    public Rejection {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
