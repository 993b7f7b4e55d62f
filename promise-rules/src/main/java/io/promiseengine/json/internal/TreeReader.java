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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.promiseengine.json.DocumentLimits;
import io.promiseengine.model.Echo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads a JSON text into {@link Node}s that remember where they start. Unlike Jackson's tree model it
 * reports a key named twice in an object (spec 2.1) as a problem at that key, keeping the first value,
 * and goes on, so the rest of the document is still checked. Malformed JSON is one problem at {@code $}
 * with its line and column.
 *
 * <p>The limits of {@link DocumentLimits} are checked while reading, before the tree grows past them: the
 * document's length before parsing, nesting, string, key and number lengths by the parser's constraints, the
 * items of each array and object as they are read. A member of the root object whose key the document does
 * not know is skipped without being built ({@link JsonParser#skipChildren()}) and kept as a {@code null}
 * placeholder, so it is still reported as an unknown field. A limit passed is one problem and nothing more is
 * read. A leading byte-order mark is ignored.
 */
public final class TreeReader {

    /** Thrown inside the walk when a limit is passed: the problem is already recorded. */
    private static final class LimitPassed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitPassed() {
            super(null, null, false, false);
        }
    }

    private final Problems problems;
    private final Set<String> rootKeys;

    private TreeReader(Problems problems, Set<String> rootKeys) {
        this.problems = problems;
        this.rootKeys = rootKeys;
    }

    /** The document's root value, or null when the text is not JSON (then a problem at {@code $} says why). */
    public static Node read(String json, Problems problems) {
        return read(json, problems, null);
    }

    /**
     * As {@link #read(String, Problems)}; members of the root object whose key is not in {@code rootKeys}
     * (when not null) are skipped unread.
     */
    public static Node read(String json, Problems problems, Set<String> rootKeys) {
        String text = JsonInput.withoutBom(json);
        var tooLong = JsonInput.tooLong(text.length(), DocumentLimits.MAX_DOCUMENT_LENGTH, "characters");
        if (tooLong.isPresent()) {
            problems.add(new At(At.DOCUMENT, 0), tooLong.get());
            return null;
        }
        try (JsonParser parser = JsonInput.FACTORY.createParser(text)) {
            TreeReader reader = new TreeReader(problems, rootKeys);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new At(At.DOCUMENT, 0), "malformed JSON: the document is empty");
                return null;
            }
            Node root = reader.value(parser, first, "", 0);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                problems.add(new At(At.DOCUMENT, 0), "malformed JSON at line " + loc.getLineNr() + ", column "
                        + loc.getColumnNr() + ": unexpected content after the document");
                return null;
            }
            return root;
        } catch (LimitPassed e) {
            return null;
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            problems.add(new At(At.DOCUMENT, 0), "a limit of docs/LIMITS.md is passed" + where + ": "
                    + e.getOriginalMessage());
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            problems.add(new At(At.DOCUMENT, 0), "malformed JSON" + where + ": " + Echo.escape(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading a String
        }
    }

    private Node value(JsonParser p, JsonToken token, String path, int depth) throws IOException {
        long offset = p.currentTokenLocation().getCharOffset();
        switch (token) {
            case START_OBJECT -> {
                Node.Obj obj = new Node.Obj(offset);
                int n = 0;
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String key = p.currentName();
                    long keyOffset = p.currentTokenLocation().getCharOffset();
                    String keyPath = path.isEmpty() ? Echo.key(key) : path + "." + Echo.key(key);
                    tooMany(n++, keyPath, keyOffset);
                    JsonToken valueToken = p.nextToken();
                    Node v;
                    if (depth == 0 && rootKeys != null && !rootKeys.contains(key)) {
                        p.skipChildren(); // unknown: reported by the reader, never built
                        v = new Node.Scalar(p.currentTokenLocation().getCharOffset(), Node.Scalar.Type.NULL, "null");
                    } else {
                        v = value(p, valueToken, keyPath, depth + 1);
                    }
                    if (!obj.add(new Node.Member(key, keyOffset, v))) {
                        problems.add(new At(keyPath, keyOffset), "key " + Fields.quote(key)
                                + " is named twice in one object (the first value is kept)");
                    }
                }
                return obj;
            }
            case START_ARRAY -> {
                Node.Arr arr = new Node.Arr(offset);
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    String itemPath = path + "[" + i + "]";
                    tooMany(i++, itemPath, p.currentTokenLocation().getCharOffset());
                    arr.add(value(p, t, itemPath, depth + 1));
                }
                return arr;
            }
            case VALUE_STRING -> {
                return new Node.Scalar(offset, Node.Scalar.Type.STRING, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(offset, Node.Scalar.Type.INTEGER, p.getText());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(offset, Node.Scalar.Type.DECIMAL, p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(offset, Node.Scalar.Type.BOOLEAN, p.getText());
            }
            case VALUE_NULL -> {
                return new Node.Scalar(offset, Node.Scalar.Type.NULL, "null");
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        }
    }

    /** Refuses the document at the item past {@link DocumentLimits#MAX_ITEMS}. */
    private void tooMany(int index, String path, long offset) {
        if (index >= DocumentLimits.MAX_ITEMS) {
            problems.add(new At(path, offset), "at most " + DocumentLimits.MAX_ITEMS
                    + " items in an array or object (docs/LIMITS.md), the document has more");
            throw new LimitPassed();
        }
    }
}
