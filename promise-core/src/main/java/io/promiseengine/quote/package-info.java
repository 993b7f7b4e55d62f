/**
 * Quoting: {@link io.promiseengine.quote.PromiseCalculator} answers a {@link io.promiseengine.quote.QuoteRequest}
 * with every option of the spec's sections 3 and 4, each with its promised instant, order-by deadline and
 * confidence; {@link io.promiseengine.quote.PromiseMessages} turns an option into the sentences a shopper reads.
 *
 * <p>Parameters and results are non-null unless stated; an absent result field is an {@link java.util.Optional}.
 */
package io.promiseengine.quote;
