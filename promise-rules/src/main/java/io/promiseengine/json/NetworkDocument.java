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

import io.promiseengine.json.internal.At;
import io.promiseengine.json.internal.JsonInput;
import io.promiseengine.json.internal.NetworkReader;
import io.promiseengine.json.internal.NetworkWriter;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * The {@code promise-network/1} document of the spec (section 2): reads a whole network, checking every
 * rule of section 2.1, and writes one back.
 *
 * <p>Reading refuses a document with any problem by throwing {@link InvalidNetworkException}, whose
 * {@link InvalidNetworkException#problems() problems} list every problem in document order, each with
 * its JSON path ({@code services[0].lanes[1].days}, or {@code $} for the whole document) and a message
 * naming the value. Nothing half-loaded is ever returned.
 *
 * <pre>{@code
 * Network network = NetworkDocument.read(Path.of("network.json"));
 * String json = NetworkDocument.write(network);
 * }</pre>
 */
public final class NetworkDocument {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = NetworkReader.FORMAT;

    private NetworkDocument() {
    }

    /**
     * Reads a network from JSON text; throws {@link InvalidNetworkException} listing every problem.
     *
     * @param json the document
     * @return the network
     * @throws InvalidNetworkException listing every problem with its JSON path
     * @throws NullPointerException when {@code json} is null
     */
    public static Network read(String json) {
        return NetworkReader.read(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a network from a reader (read to its end, not closed).
     *
     * @param reader the document
     * @return the network
     * @throws InvalidNetworkException listing every problem, or the document when it is longer than {@link
     *         DocumentLimits#MAX_DOCUMENT_LENGTH}
     * @throws java.io.UncheckedIOException when the reader fails
     * @throws NullPointerException when {@code reader} is null
     */
    public static Network read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return read(JsonInput.read(reader, DocumentLimits.MAX_DOCUMENT_LENGTH)); // past the limit: refused unread
    }

    /**
     * Reads a network from a UTF-8 file; a file of more than {@link DocumentLimits#MAX_DOCUMENT_LENGTH} bytes is
     * refused unread.
     *
     * @param path the document's file
     * @return the network
     * @throws IOException when the file cannot be read
     * @throws InvalidNetworkException listing every problem, or the document when the file is too long
     * @throws NullPointerException when {@code path} is null
     */
    public static Network read(Path path) throws IOException {
        return read(readFile(Objects.requireNonNull(path, "path")));
    }

    /** A document file's text; one of more than {@link DocumentLimits#MAX_DOCUMENT_LENGTH} bytes is refused unread. */
    static String readFile(Path path) throws IOException {
        Optional<String> text = JsonInput.readFile(path, DocumentLimits.MAX_DOCUMENT_LENGTH);
        if (text.isEmpty()) {
            throw new InvalidNetworkException(List.of(new Problem(At.DOCUMENT,
                    JsonInput.tooLongFile(path, DocumentLimits.MAX_DOCUMENT_LENGTH))));
        }
        return text.get();
    }

    /**
     * The network as a pretty-printed document (2-space indent), fields in the spec's order, defaults
     * left out, instants in the network's zone, prices plain. {@code read(write(n))} equals {@code n}
     * for a network read from a document.
     *
     * @param network the network
     * @return the document
     * @throws NullPointerException when {@code network} is null
     */
    public static String write(Network network) {
        return NetworkWriter.write(Objects.requireNonNull(network, "network"));
    }
}
