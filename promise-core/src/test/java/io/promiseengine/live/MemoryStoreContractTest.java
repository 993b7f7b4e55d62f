package io.promiseengine.live;

import io.promiseengine.model.Network;

import java.time.Clock;

/** The in-memory store, the reference of the contract. */
class MemoryStoreContractTest extends LiveStoreContract {

    @Override
    protected PromiseEngine newEngine(Network network, Clock clock) {
        return PromiseEngine.builder(network).clock(clock).build();
    }
}
