/**
 * The {@code promise} command line, {@link io.promiseengine.examples.PromiseCli}, shaded into
 * {@code examples/target/promise.jar}: {@code validate}, {@code quote}, {@code listing}, {@code demo}, {@code simulate}
 * and {@code serve} (the storefront of {@code io.promiseengine.examples.serve})
 * (see {@code docs/CLI.md}). Not an API: the commands and their output are documented for people and
 * scripts, the classes are not for reuse.
 */
package io.promiseengine.examples;
