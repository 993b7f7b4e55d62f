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

/**
 * How a message echoes text that came from a document or a caller (an id, a value, a key): escaped, so that a
 * control character cannot rewrite a terminal or forge a log line, and shortened, so that a long value cannot
 * flood one. Every message of the library and the command line that names a value goes through here.
 */
public final class Echo {

    /** The most characters of a value echoed before it is cut with an ellipsis. */
    public static final int MAX_ECHOED = 80;

    private Echo() {
    }

    /**
     * The text in double quotes, escaped and shortened: {@code "nowhere\u001b[2J"}, {@code "77777…"}.
     *
     * @param text the text
     * @return the text quoted, escaped and shortened
     */
    public static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    /**
     * A key of a document as a path names it: escaped and shortened as {@link #escape}, the empty key as
     * {@code ""} so that a path never has an empty part ({@code destination.""}).
     *
     * @param key the key
     * @return the key as a path's part
     */
    public static String key(String key) {
        return key.isEmpty() ? "\"\"" : escape(key);
    }

    /**
     * The text escaped as a JSON string's content (quote, backslash, {@code \n}, {@code \t}, other control
     * characters, DEL, the line and paragraph separators, the byte-order mark, the bidirectional formatting characters
     * and lone surrogates as {@code \}{@code u001b}), cut after
     * {@link #MAX_ECHOED} characters with {@code …}.
     *
     * @param text the text
     * @return the text escaped and shortened
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int n = Math.min(text.length(), MAX_ECHOED);
        if (n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--; // never cut a pair
        }
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (plain(text, i, c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16).append(text, 0, i);
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (text.length() <= MAX_ECHOED) {
            return sb == null ? text : sb.toString();
        }
        return (sb == null ? text.substring(0, n) : sb.toString()) + "…";
    }

    /**
     * The bidirectional formatting characters, Unicode's Bidi_Control property (U+061C, U+200E, U+200F, U+202A to
     * U+202E, U+2066 to U+2069): they reorder the text around them on screen or are invisible, so an echoed id could
     * show something else than it is. {@link Limits#whyNotText} refuses the same set in ids.
     */
    static boolean bidi(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean plain(String text, int i, char c) {
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                || c == '\ufeff' || bidi(c)) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
