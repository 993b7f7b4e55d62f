package io.promiseengine.json;

/**
 * The limits of the documents, checked while they are read, before anything is built from them
 * (docs/LIMITS.md). A document past one is refused with a problem naming the limit; the limits of the values
 * themselves (instants, durations, quantities, ids) are those of {@link io.promiseengine.model.Limits}.
 */
public final class DocumentLimits {

    /** The most characters of a network or rule set document (64 MiB); a file, the most bytes. */
    public static final int MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;
    /** The most characters of a quote or listing request document (1 MiB). */
    public static final int MAX_REQUEST_LENGTH = 1024 * 1024;
    /** The deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 32;
    /** The most items of one array or members of one object (stock rows, locations, lanes, postal codes...). */
    public static final int MAX_ITEMS = 1_000_000;
    /** The longest string value. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The longest key of an object. */
    public static final int MAX_KEY_LENGTH = 1_000;
    /** The longest number, as written. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private DocumentLimits() {
    }
}
