package io.promiseengine.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a JSON text into {@link Node}s that remember where they start. Unlike Jackson's tree model it
 * reports a key named twice in an object (spec 2.1) as a problem at that key, keeping the first value,
 * and goes on, so the rest of the document is still checked. Malformed JSON is one problem at {@code $}
 * with its line and column.
 */
public final class TreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Problems problems;

    private TreeReader(Problems problems) {
        this.problems = problems;
    }

    /** The document's root value, or null when the text is not JSON (then a problem at {@code $} says why). */
    public static Node read(String json, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            TreeReader reader = new TreeReader(problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new At(At.DOCUMENT, 0), "malformed JSON: the document is empty");
                return null;
            }
            Node root = reader.value(parser, first, "");
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                problems.add(new At(At.DOCUMENT, 0), "malformed JSON at line " + loc.getLineNr() + ", column "
                        + loc.getColumnNr() + ": unexpected content after the document");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            problems.add(new At(At.DOCUMENT, 0), "malformed JSON" + where + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading a String
        }
    }

    private Node value(JsonParser p, JsonToken token, String path) throws IOException {
        long offset = p.currentTokenLocation().getCharOffset();
        switch (token) {
            case START_OBJECT -> {
                Node.Obj obj = new Node.Obj(offset);
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String key = p.currentName();
                    long keyOffset = p.currentTokenLocation().getCharOffset();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    Node v = value(p, p.nextToken(), keyPath);
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
                    arr.add(value(p, t, path + "[" + i++ + "]"));
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
}
