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
package io.promiseengine.json.internal;

import io.promiseengine.model.Echo;

/**
 * Where a part of the document is: its path as the spec writes it ({@code services[0].lanes[1].days}) and
 * the char offset that orders its problems (spec 2.2: the position of the path's deepest part present in
 * the document).
 *
 * @param path keys joined with dots, indexes in brackets; {@code ""} for the root object
 * @param offset char offset in the document
 */
public record At(String path, long offset) {

    /** The whole document, when it cannot be read as an object. */
    public static final String DOCUMENT = "$";

    /** A member of this object, placed at its key. */
    public At key(String key, long keyOffset) {
        return new At(join(key), keyOffset);
    }

    /** An item of this array, placed where it starts. */
    public At index(int index, long itemOffset) {
        return new At(path + "[" + index + "]", itemOffset);
    }

    /** A member this object lacks: the path names it, the position is the object's (spec 2.2). */
    public At missing(String key) {
        return new At(join(key), offset);
    }

    private String join(String key) {
        String echoed = Echo.key(key); // a key is the document's text: escaped where it is echoed
        return path.isEmpty() ? echoed : path + "." + echoed;
    }
}
