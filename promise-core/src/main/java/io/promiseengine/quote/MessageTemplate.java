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

import io.promiseengine.model.Echo;
import java.util.ArrayList;
import java.util.List;

/**
 * A wording compiled once: literal text, placeholders {@code {name}} and plural choices
 * {@code {name:one|other}}, where the first text is taken when the number is 1 and {@code #} in the chosen
 * text stands for the number ({@code {h:la próxima hora|las próximas # horas}}). Braces are not allowed in
 * literal text. Immutable.
 */
final class MessageTemplate {

    /** Literal text when {@code placeholder < 0}; a placeholder when {@code one == null}; else a choice. */
    private record Part(String text, int placeholder, String one, String other) {
    }

    private final List<Part> parts;

    private MessageTemplate(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * Compiles a wording.
     *
     * @throws IllegalArgumentException naming the key, the text and what is wrong with it
     */
    static MessageTemplate compile(Wording wording, String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = text.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw problem(wording, text, "a '}' at index " + close + " closes nothing");
            }
            if (open < 0) {
                parts.add(new Part(text.substring(i), -1, null, null));
                break;
            }
            if (open > i) {
                parts.add(new Part(text.substring(i, open), -1, null, null));
            }
            if (close < 0) {
                throw problem(wording, text, "the '{' at index " + open + " is never closed");
            }
            String inside = text.substring(open + 1, close);
            if (inside.indexOf('{') >= 0) {
                throw problem(wording, text, "a '{' inside the placeholder at index " + open);
            }
            int colon = inside.indexOf(':');
            String name = colon < 0 ? inside : inside.substring(0, colon);
            int index = wording.placeholders.indexOf(name);
            if (index < 0) {
                throw problem(wording, text, "unknown placeholder {" + Echo.escape(name) + "}; " + allowed(wording));
            }
            if (colon < 0) {
                parts.add(new Part(null, index, null, null));
            } else {
                String[] forms = inside.substring(colon + 1).split("\\|", -1);
                if (forms.length != 2) {
                    throw problem(wording, text, "the choice {" + Echo.escape(inside) + "} needs two forms, 'one|other'");
                }
                if (!Wording.NUMBERS.contains(name)) {
                    throw problem(wording, text, "{" + Echo.escape(name) + "} is not a number, it cannot choose a form");
                }
                parts.add(new Part(null, index, forms[0], forms[1]));
            }
            i = close + 1;
        }
        return new MessageTemplate(List.copyOf(parts));
    }

    private static String allowed(Wording wording) {
        if (wording.placeholders.isEmpty()) {
            return "it takes none";
        }
        StringBuilder s = new StringBuilder("it takes");
        for (String p : wording.placeholders) {
            s.append(" {").append(p).append('}');
        }
        return s.toString();
    }

    private static IllegalArgumentException problem(Wording wording, String text, String what) {
        return new IllegalArgumentException("wording " + wording.key + " " + Echo.quote(text) + ": " + what);
    }

    /** The text with the values of the wording's placeholders, in their declared order. */
    String render(String... values) {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            if (p.placeholder < 0) {
                s.append(p.text);
            } else if (p.one == null) {
                s.append(values[p.placeholder]);
            } else {
                String n = values[p.placeholder];
                s.append((n.equals("1") ? p.one : p.other).replace("#", n));
            }
        }
        return s.toString();
    }
}
