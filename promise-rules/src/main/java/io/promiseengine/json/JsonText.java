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

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Lays out a tree of values as the spec's example response does ({@code examples/response-1-tshirt-paris.json}):
 * two spaces of indentation, one member or element per line, {@code "key": value}, empty arrays and objects
 * as {@code []} and {@code {}}, no newline after the closing brace. Objects are {@link SortedMap}s, so keys
 * come out in alphabetical order at every level.
 *
 * <p>Values: {@link String} (escaped), {@link Integer} or {@link Long}, {@link Boolean}, {@link Number}
 * (a preformatted {@link Raw} number), {@link SortedMap} and {@link List}.
 */
final class JsonText {

    /** A number already formatted ({@code 0}, {@code 4.9}), written as is. */
    record Raw(String text) {
    }

    private final StringBuilder out = new StringBuilder(4096);

    private JsonText() {
    }

    static String write(SortedMap<String, ?> root) {
        JsonText text = new JsonText();
        text.value(root, 0);
        return text.out.toString();
    }

    private void value(Object v, int depth) {
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Raw r) {
            out.append(r.text());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof SortedMap<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + (v == null ? "null" : v.getClass().getName()));
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1);
            value(l.get(i), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** RFC 8259 escaping: quote, backslash and control characters; everything else as is (UTF-8 on the wire). */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
