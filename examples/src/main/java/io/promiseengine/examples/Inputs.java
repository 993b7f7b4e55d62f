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
package io.promiseengine.examples;

import io.promiseengine.json.DocumentLimits;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a command reads from the files named on its command line. A file that cannot be read is a
 * usage error; a document that reads but is refused is a {@link RefusedException} with one line per problem.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * The UTF-8 text of a file named by an argument; a file larger than a document may be is refused unread.
     *
     * @param prefix put before the refusal's line ({@code "net.json: "}), {@code ""} for none
     */
    static String text(Command command, String file, String prefix) throws UsageException, RefusedException {
        try {
            Path path = Path.of(file);
            if (Files.isRegularFile(path) && Files.size(path) > DocumentLimits.MAX_DOCUMENT_LENGTH) {
                // refused unread (docs/LIMITS.md): a file this large never reaches the reader's memory
                throw new RefusedException(List.of(prefix + "$: the document has more than "
                        + DocumentLimits.MAX_DOCUMENT_LENGTH + " bytes (" + Files.size(path) + "), the limit of docs/LIMITS.md (64 MiB)"));
            }
            // at most one byte past the limit: a pipe or a device (/dev/zero) has no size to check first
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(DocumentLimits.MAX_DOCUMENT_LENGTH + 1);
            }
            if (bytes.length > DocumentLimits.MAX_DOCUMENT_LENGTH) {
                throw new RefusedException(List.of(prefix + "$: the document has more than "
                        + DocumentLimits.MAX_DOCUMENT_LENGTH + " bytes, the limit of docs/LIMITS.md (64 MiB)"));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException(command, "cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(command, "cannot read " + file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UsageException(command, "cannot read " + file + ": not UTF-8 text");
        } catch (IOException | InvalidPathException e) {
            throw new UsageException(command, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The network of a {@code promise-network/1} text.
     *
     * @param prefix put before each problem line ({@code "net.json: "}), {@code ""} for none
     */
    static Network network(String json, String prefix) throws RefusedException {
        try {
            return NetworkDocument.read(json);
        } catch (InvalidNetworkException e) {
            List<String> lines = new ArrayList<>(e.problems().size());
            for (Problem p : e.problems()) {
                lines.add(prefix + p);
            }
            throw new RefusedException(lines);
        }
    }
}
