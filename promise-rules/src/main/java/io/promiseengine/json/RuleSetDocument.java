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

import io.promiseengine.json.internal.RulesReader;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.rules.RuleSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code promise-rules/1} document: a rule set of built-in rules (docs/RULES-FORMAT.md). Reading refuses
 * a document with any problem by throwing {@link InvalidNetworkException} (the documents' common refusal),
 * listing every problem in document order with its JSON path ({@code filters[1].keep}).
 *
 * <pre>{@code
 * RuleSet rules = RuleSetDocument.read(Path.of("examples/rules/stores-first.json"));
 * }</pre>
 */
public final class RuleSetDocument {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = RulesReader.FORMAT;

    private RuleSetDocument() {
    }

    /**
     * Reads a rule set from JSON text.
     *
     * @param json the document
     * @return the rule set
     * @throws io.promiseengine.model.InvalidNetworkException listing every problem with its JSON path
     * @throws NullPointerException when {@code json} is null
     */
    public static RuleSet read(String json) {
        return RulesReader.read(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param path the document's file
     * @return the rule set
     * @throws IOException when the file cannot be read
     * @throws io.promiseengine.model.InvalidNetworkException listing every problem
     * @throws NullPointerException when {@code path} is null
     */
    public static RuleSet read(Path path) throws IOException {
        return read(NetworkDocument.readFile(Objects.requireNonNull(path, "path")));
    }
}
