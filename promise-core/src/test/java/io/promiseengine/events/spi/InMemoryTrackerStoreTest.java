package io.promiseengine.events.spi;

/** The contract, for {@link TrackerStore#inMemory()}. */
class InMemoryTrackerStoreTest extends TrackerStoreContract {

    @Override
    protected TrackerStore store() {
        return TrackerStore.inMemory();
    }
}
