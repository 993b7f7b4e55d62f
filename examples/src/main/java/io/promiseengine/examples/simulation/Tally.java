package io.promiseengine.examples.simulation;

/** Orders counted for one policy and confidence: how many were on time, the days promised and wasted. */
public final class Tally {

    private long orders;
    private long onTime;
    private long promisedDays;
    private long wastedDays;

    void add(boolean wasOnTime, long promised, long wasted) {
        orders++;
        if (wasOnTime) {
            onTime++;
        }
        promisedDays += promised;
        wastedDays += wasted;
    }

    public long orders() {
        return orders;
    }

    /** Orders delivered by their promise. */
    public long onTime() {
        return onTime;
    }

    /** The share of orders delivered by their promise (NaN without orders). */
    public double onTimeRate() {
        return orders == 0 ? Double.NaN : onTime / (double) orders;
    }

    /** Calendar days from the order date to the promised date, on average. */
    public double averagePromisedDays() {
        return orders == 0 ? Double.NaN : promisedDays / (double) orders;
    }

    /** Calendar days from the delivery date to a later promised date, on average over all orders. */
    public double averageWastedDays() {
        return orders == 0 ? Double.NaN : wastedDays / (double) orders;
    }
}
