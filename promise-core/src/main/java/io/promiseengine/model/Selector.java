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
package io.promiseengine.model;

import java.util.Objects;

/**
 * Names locations: one id, every location of a kind ({@code kind:STORE}), or all ({@code *}) (spec 2.1).
 * A selector that matches nothing is fine; {@link Network.Builder#build()} refuses one naming an unknown id.
 */
public final class Selector {

    private static final Selector ALL = new Selector("*", null, null);

    private final String text;
    private final String id;
    private final LocationKind kind;

    private Selector(String text, String id, LocationKind kind) {
        this.text = text;
        this.id = id;
        this.kind = kind;
    }

    /** Reads {@code *}, {@code kind:KIND} or a location id. */
    public static Selector parse(String text) {
        Objects.requireNonNull(text, "selector");
        if (text.equals("*")) {
            return ALL;
        }
        if (text.startsWith("kind:")) {
            String k = text.substring(5);
            for (LocationKind kind : LocationKind.values()) {
                if (kind.name().equals(k)) {
                    return new Selector(text, null, kind);
                }
            }
            throw new IllegalArgumentException("unknown location kind " + Echo.quote(k) + " in selector " + Echo.quote(text)
                    + ", expected WAREHOUSE, STORE or DARK_STORE");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("selector must not be empty; use an id, kind:KIND or *");
        }
        return new Selector(text, text, null);
    }

    public static Selector all() {
        return ALL;
    }

    public static Selector kind(LocationKind kind) {
        return new Selector("kind:" + kind.name(), null, Objects.requireNonNull(kind, "kind"));
    }

    public static Selector id(String id) {
        return parse(id);
    }

    /** The location id this selector names, or {@code ""} for a kind or {@code *}. */
    public String locationId() {
        return id == null ? "" : id;
    }

    public boolean matches(Location location) {
        if (this == ALL || text.equals("*")) {
            return true;
        }
        if (kind != null) {
            return location.kind() == kind;
        }
        return location.id().equals(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selector other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
