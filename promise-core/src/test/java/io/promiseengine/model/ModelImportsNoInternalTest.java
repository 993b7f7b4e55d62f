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

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model stands below the engine: no class of {@code io.promiseengine.model} refers to a class of
 * {@code io.promiseengine.internal} (docs/README.md, "Module boundaries"), read from the compiled classes'
 * constant pools, where every class a class uses is named.
 */
class ModelImportsNoInternalTest {

    @Test
    void noModelClassNamesAnInternalClass() throws IOException, URISyntaxException {
        Path classes = Path.of(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path model = classes.resolve("io/promiseengine/model");
        byte[] internal = "io/promiseengine/internal/".getBytes(StandardCharsets.UTF_8);
        List<String> read = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                read.add(f.getFileName().toString());
                if (contains(Files.readAllBytes(f), internal)) {
                    offending.add(f.getFileName().toString());
                }
            }
        }
        assertThat(read).contains("Network.class", "Preparation.class", "Network$Builder.class");
        assertThat(offending).as("model classes naming io/promiseengine/internal/").isEmpty();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
