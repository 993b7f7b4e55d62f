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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read by {@link TreeReader}, with the char offset where it starts in the document, so that
 * problems can be listed in document order (spec 2.2). Objects keep their members in document order,
 * each with the offset of its key.
 */
public abstract sealed class Node permits Node.Obj, Node.Arr, Node.Scalar {

    private final long offset;

    Node(long offset) {
        this.offset = offset;
    }

    /** Char offset of the value's first character in the document. */
    public long offset() {
        return offset;
    }

    /** How a message names this value: {@code an object}, {@code the string "x"}, {@code the number 12}. */
    public abstract String describe();

    /** One member of an object: its key, where the key starts, and its value. */
    public record Member(String key, long keyOffset, Node value) {
    }

    /** A JSON object. */
    public static final class Obj extends Node {
        private final Map<String, Member> members = new LinkedHashMap<>();

        Obj(long offset) {
            super(offset);
        }

        /** Adds a member; false (and nothing added) when the key is already there: the first value is kept. */
        boolean add(Member member) {
            return members.putIfAbsent(member.key(), member) == null;
        }

        /** The members in document order. */
        public List<Member> members() {
            return List.copyOf(members.values());
        }

        /** The member with this key, or null. */
        public Member member(String key) {
            return members.get(key);
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** A JSON array. */
    public static final class Arr extends Node {
        private final List<Node> items = new ArrayList<>();

        Arr(long offset) {
            super(offset);
        }

        void add(Node item) {
            items.add(item);
        }

        public List<Node> items() {
            return Collections.unmodifiableList(items);
        }

        @Override
        public String describe() {
            return "an array";
        }
    }

    /** A string, number, boolean or null, with its text as written (numbers keep their digits). */
    public static final class Scalar extends Node {

        /** What kind of scalar. */
        public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        private final Type type;
        private final String text;

        Scalar(long offset, Type type, String text) {
            super(offset);
            this.type = type;
            this.text = text;
        }

        public Type type() {
            return type;
        }

        /** The string's value, a number's text as written, {@code true}, {@code false} or {@code null}. */
        public String text() {
            return text;
        }

        public boolean isNumber() {
            return type == Type.INTEGER || type == Type.DECIMAL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the string " + Fields.quote(text);
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN, NULL -> text;
            };
        }
    }
}
