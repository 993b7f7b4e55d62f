/**
 * The JSON documents of the spec (network, request, response): {@link io.promiseengine.json.NetworkDocument}
 * reads and writes the {@code promise-network/1} document of section 2, checking every rule and refusing a
 * document with all its problems, each with its JSON path.
 *
 * <p>Parameters and results are non-null unless stated. There is no SPI here; the readers' machinery is in
 * {@code io.promiseengine.json.internal}, which is not part of the API.
 */
package io.promiseengine.json;
