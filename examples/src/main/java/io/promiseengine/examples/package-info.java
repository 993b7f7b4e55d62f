/**
 * The {@code promise} command line, {@link io.promiseengine.examples.PromiseCli}, shaded into
 * {@code examples/target/promise.jar}: {@code validate}, {@code quote}, {@code listing} and {@code demo}
 * (see {@code docs/CLI.md}). Not an API: the commands and their output are documented for people and
 * scripts, the classes are not for reuse.
 */
package io.promiseengine.examples;
