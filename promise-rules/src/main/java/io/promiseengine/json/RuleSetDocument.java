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

    public static RuleSet read(String json) {
        return RulesReader.read(Objects.requireNonNull(json, "json"));
    }

    /** Reads a UTF-8 file. */
    public static RuleSet read(Path path) throws IOException {
        return read(NetworkDocument.readFile(Objects.requireNonNull(path, "path")));
    }
}
