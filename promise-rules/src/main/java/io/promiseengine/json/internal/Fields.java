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

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * One JSON object of the document being read, with typed accessors that report every problem (missing
 * required field, wrong JSON type, value out of range) at the right path and return null for a value
 * that cannot be used, so the walk goes on. Unknown fields are reported when the view is made.
 */
public final class Fields {

    private final Problems problems;
    private final Types types;
    private final At at;
    private final Node.Obj obj;

    private Fields(Problems problems, At at, Node.Obj obj) {
        this.problems = problems;
        this.types = new Types(problems);
        this.at = at;
        this.obj = obj;
    }

    /**
     * A view of {@code node} as an object with the given fields, or null (and a problem) when it is not
     * an object. Each key not among {@code known} is reported as an unknown field.
     */
    public static Fields of(Problems problems, At at, Node node, List<String> known) {
        if (!(node instanceof Node.Obj obj)) {
            problems.add(at, "expected an object, was " + node.describe());
            return null;
        }
        for (Node.Member m : obj.members()) {
            if (!known.contains(m.key())) {
                problems.add(at.key(m.key(), m.keyOffset()), FieldNames.unknown(m.key(), known));
            }
        }
        return new Fields(problems, at, obj);
    }

    public At at() {
        return at;
    }

    public Problems problems() {
        return problems;
    }

    public Types types() {
        return types;
    }

    /** Where a field is: its key, or this object when the field is missing. */
    public At at(String name) {
        Node.Member m = obj.member(name);
        return m == null ? at.missing(name) : at.key(name, m.keyOffset());
    }

    public boolean has(String name) {
        return obj.member(name) != null;
    }

    /** The field's value, or null when absent (reported when required). */
    public Node node(String name, boolean required) {
        Node.Member m = obj.member(name);
        if (m == null) {
            if (required) {
                problems.add(at.missing(name), "missing required field " + quote(name));
            }
            return null;
        }
        return m.value();
    }

    /** Reads a field with a converter that reports its own problems; null when absent or refused. */
    public <T> T get(String name, boolean required, BiFunction<At, Node, T> converter) {
        Node n = node(name, required);
        return n == null ? null : converter.apply(at(name), n);
    }

    public String string(String name, boolean required) {
        return get(name, required, types::string);
    }

    /** A string field that a rule of the model checks ({@code Limits.checkText}...). */
    public String string(String name, boolean required, UnaryOperator<String> rule) {
        return get(name, required, (a, n) -> types.string(a, n, rule));
    }

    public Integer integer(String name, boolean required, int min) {
        return get(name, required, (a, n) -> types.integer(a, n, min));
    }

    public Boolean bool(String name) {
        Node n = node(name, false);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.BOOLEAN) {
            return Boolean.valueOf(s.text());
        }
        problems.add(at(name), "expected true or false, was " + n.describe());
        return null;
    }

    /** A finite number as written, or null and a problem. */
    public BigDecimal decimal(String name, boolean required) {
        return get(name, required, types::decimal);
    }

    public Node.Arr array(String name, boolean required) {
        return get(name, required, types::array);
    }

    /** The object a field holds, with its own known fields; null when absent or not an object. */
    public Fields object(String name, boolean required, List<String> known) {
        Node n = node(name, required);
        return n == null ? null : of(problems, at(name), n, known);
    }

    /** Reports a problem at this object's field (or at this object when the field is missing). */
    public void problem(String name, String message) {
        problems.add(at(name), message);
    }

    /** A string in double quotes, escaped and shortened, as messages name values ({@link Echo#quote}). */
    public static String quote(String s) {
        return Echo.quote(s);
    }
}
