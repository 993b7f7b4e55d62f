package io.promiseengine.model;

/** What a stock-holding location is. */
public enum LocationKind {
    WAREHOUSE, STORE, DARK_STORE;

    /** Whether a location of this kind may be an origin of a service when the document does not say (spec 2.1). */
    public boolean shipsByDefault() {
        return this != STORE;
    }
}
