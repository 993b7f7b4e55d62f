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

    /**
     * Reads {@code *}, {@code kind:KIND} or a location id.
     *
     * @param text the selector's text
     * @return the selector
     * @throws IllegalArgumentException when the text is empty or names an unknown kind
     * @throws NullPointerException when {@code text} is null
     */
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

    /**
     * Every location ({@code *}).
     *
     * @return the selector
     */
    public static Selector all() {
        return ALL;
    }

    /**
     * Every location of a kind ({@code kind:KIND}).
     *
     * @param kind the kind
     * @return the selector
     * @throws NullPointerException when {@code kind} is null
     */
    public static Selector kind(LocationKind kind) {
        return new Selector("kind:" + kind.name(), null, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The location with this id.
     *
     * @param id the location's id
     * @return the selector
     * @throws IllegalArgumentException when the id is empty
     */
    public static Selector id(String id) {
        return parse(id);
    }

    /**
     * The location id this selector names, or {@code ""} for a kind or {@code *}.
     *
     * @return the id, or {@code ""}
     */
    public String locationId() {
        return id == null ? "" : id;
    }

    /**
     * Whether the location is one the selector names.
     *
     * @param location the location
     * @return true when it matches
     */
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
