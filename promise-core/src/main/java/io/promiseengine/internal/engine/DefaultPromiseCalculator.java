package io.promiseengine.internal.engine;

import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

/** The engine (work in progress in this commit: the quote path lands with issue 3). */
public final class DefaultPromiseCalculator implements PromiseCalculator {

    private final Network network;

    public DefaultPromiseCalculator(Network network) {
        this.network = network;
    }

    @Override
    public Quote quote(QuoteRequest request) {
        throw new UnsupportedOperationException("quote is not implemented yet");
    }
}
