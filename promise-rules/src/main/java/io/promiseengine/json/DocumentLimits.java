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
package io.promiseengine.json;

/**
 * The limits of the documents, checked while they are read, before anything is built from them
 * (docs/LIMITS.md). A document past one is refused with a problem naming the limit; the limits of the values
 * themselves (instants, durations, quantities, ids) are those of {@link io.promiseengine.model.Limits}.
 */
public final class DocumentLimits {

    /** The most characters of a network or rule set document (64 MiB); a file, the most bytes. */
    public static final int MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;
    /** The most characters of a quote or listing request document (1 MiB). */
    public static final int MAX_REQUEST_LENGTH = 1024 * 1024;
    /** The deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 32;
    /** The most items of one array or members of one object (stock rows, locations, lanes, postal codes...). */
    public static final int MAX_ITEMS = 1_000_000;
    /** The longest string value. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The longest key of an object. */
    public static final int MAX_KEY_LENGTH = 1_000;
    /** The longest number, as written. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private DocumentLimits() {
    }
}
