package io.promiseengine.rules.spi;

/**
 * May this location serve this line by this method? A filter applies to quotes and plans alike, so a
 * quote only promises what the planner may deliver. Implementations are stateless, thread-safe and
 * cheap: they run for every (location, line) pair a quote looks at.
 */
public interface LineFilter {

    /** A short name reported when the filter excludes a location ({@code "protect-store-stock"}). */
    String name();

    /** Whether the candidate's location may prepare the candidate's line for this method. */
    boolean allows(LineCandidate candidate);

    /** A filter from a name and a predicate. */
    static LineFilter of(String name, java.util.function.Predicate<LineCandidate> allows) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(allows, "allows");
        return new LineFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean allows(LineCandidate candidate) {
                return allows.test(candidate);
            }
        };
    }
}
