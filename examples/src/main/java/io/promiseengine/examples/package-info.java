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
/**
 * The {@code promise} command line, {@link io.promiseengine.examples.PromiseCli}, shaded into
 * {@code examples/target/promise.jar}: {@code validate}, {@code quote}, {@code listing}, {@code demo}, {@code simulate}
 * and {@code serve} (the storefront of {@code io.promiseengine.examples.serve})
 * (see {@code docs/CLI.md}). Not an API: the commands and their output are documented for people and
 * scripts, the classes are not for reuse.
 */
package io.promiseengine.examples;
