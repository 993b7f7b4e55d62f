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
package io.promiseengine.events.spi;

/**
 * A {@link TrackerStore} could not do what was asked (its database unreachable, a connection lost): the
 * step kept nothing, and may be tried again.
 */
public class TrackerStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure of the store.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public TrackerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
