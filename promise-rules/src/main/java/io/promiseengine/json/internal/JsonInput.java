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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.promiseengine.json.DocumentLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every reader of a document does before parsing: the text without a UTF-8 byte-order mark (RFC 8259
 * lets a reader ignore one), its length checked against a limit, and a Jackson factory whose stream
 * constraints (nesting, string, key and number lengths) stop a hostile document while it is read.
 */
public final class JsonInput {

    /** The parser factory of the tree readers: the limits of {@link DocumentLimits} enforced by Jackson. */
    public static final JsonFactory FACTORY = factory(DocumentLimits.MAX_DOCUMENT_LENGTH);

    /** A new parser factory enforcing the limits of {@link DocumentLimits}, documents of at most {@code maxLength}. */
    public static JsonFactory factory(int maxLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DocumentLimits.MAX_DEPTH)
                        .maxStringLength(DocumentLimits.MAX_STRING_LENGTH)
                        .maxNameLength(DocumentLimits.MAX_KEY_LENGTH)
                        .maxNumberLength(DocumentLimits.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxLength)
                        .build())
                .build();
    }

    private static final char BOM = '\uFEFF';

    private JsonInput() {
    }

    /** The text without its byte-order mark, if it starts with one. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Why a text of this length is refused, or empty when it is within {@code max}. */
    public static Optional<String> tooLong(long length, int max, String unit) {
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of("the document has more than " + describe(max) + " " + unit + " (" + length
                + "), the limit of docs/LIMITS.md");
    }

    /** {@code 64 MiB}, {@code 1 MiB}, or the number. */
    public static String describe(int max) {
        return max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MiB (" + max + ")" : Integer.toString(max);
    }

    /**
     * The UTF-8 text of a file of at most {@code max} bytes, or empty when it has more: read up to one byte past
     * {@code max}, so a file whose size the file system does not tell (a pipe, a device such as {@code /dev/zero},
     * a file of {@code /proc}) costs no more than the limit and is refused like a large file.
     *
     * @throws java.nio.charset.CharacterCodingException when the bytes are not UTF-8
     * @throws IOException when the file cannot be read
     */
    public static Optional<String> readFile(Path path, int max) throws IOException {
        if (Files.size(path) > max) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(max + 1);
        }
        if (bytes.length > max) {
            return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    }

    /** Why a file past {@code max} bytes is refused: its size when the file system tells it, else without one. */
    public static String tooLongFile(Path path, int max) throws IOException {
        long size = Files.size(path);
        return size > max ? tooLong(size, max, "bytes").orElseThrow()
                : "the document has more than " + describe(max) + " bytes, the limit of docs/LIMITS.md";
    }

    /**
     * A reader's text, read up to one character past {@code max} (so a huge stream costs no more than the
     * limit); the reader is not closed.
     */
    public static String read(Reader reader, int max) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
                if (sb.length() > max + 1) {
                    sb.setLength(max + 1);
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
