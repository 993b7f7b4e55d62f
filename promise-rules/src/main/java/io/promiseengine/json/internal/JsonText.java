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

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map}s (members in order), {@link List}s, strings, booleans and {@link Number}
 * texts as pretty JSON: 2-space indent, {@code "key": value}, lists of plain values on one line.
 */
public final class JsonText {

    /** A number written exactly as this text. */
    public record Number(String text) {

        /** The shortest decimal that reads back as the same binary64, without exponent. */
        public static Number of(double d) {
            if (Double.doubleToRawLongBits(d) == Long.MIN_VALUE) {
                return new Number("-0");
            }
            BigDecimal plain = BigDecimal.valueOf(d).stripTrailingZeros();
            return new Number(plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString());
        }

        public static Number of(long n) {
            return new Number(Long.toString(n));
        }

        /** An amount as written plainly: 4.9, 12.5, 0. */
        public static Number of(BigDecimal amount) {
            BigDecimal plain = amount.stripTrailingZeros();
            return new Number(plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString());
        }
    }

    private JsonText() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        value(sb, value, "");
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",\n").append(inner);
                string(sb, (String) e.getKey());
                sb.append(": ");
                value(sb, e.getValue(), inner);
                first = false;
            }
            sb.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (list.isEmpty() || flat) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    value(sb, list.get(i), indent);
                }
                sb.append(']');
                return;
            }
            sb.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",\n").append(inner);
                value(sb, list.get(i), inner);
            }
            sb.append('\n').append(indent).append(']');
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b);
        } else if (value instanceof Number n) {
            sb.append(n.text());
        } else {
            throw new IllegalArgumentException("cannot write " + value);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
