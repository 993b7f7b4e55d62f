/**
 * Promise Engine's documents and built-in rules: the JSON readers and writers of networks, requests, listings,
 * rule sets and live inventory ({@code io.promiseengine.json}), and the rules a rule-set document names
 * ({@code io.promiseengine.rules.builtin}). Jackson stays inside: no exported signature names a Jackson type.
 *
 * <p>Not exported: {@code io.promiseengine.json.internal}, the readers' machinery. Reads only the exported
 * packages of {@code io.promiseengine.core}, which it gives to its users ({@code requires transitive}: its
 * documents read into and write from the core's model).
 */
module io.promiseengine.rules {
    requires transitive io.promiseengine.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.promiseengine.json;
    exports io.promiseengine.rules.builtin;
}
