package io.promiseengine.examples.simulation;

/** How a promise is made. */
public enum Policy {
    /** The text "delivered in 2 to 5 days": by the 5th delivery day of the service after the order date. */
    STATIC("static \"2 to 5 days\""),
    /** The engine with the lanes as configured. */
    CONFIGURED("configured distributions"),
    /** The engine with the lanes a transit learner keeps current from the deliveries, published every night. */
    LEARNED("learned distributions");

    private final String label;

    Policy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
