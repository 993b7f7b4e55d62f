package io.promiseengine.events;

import java.time.Instant;

/**
 * Something that happened to the network after orders were promised, as an order management system sees it.
 * A {@link PromiseTracker} applies it to the live engine, then looks again at the captured orders it touches.
 *
 * <p>Every event has an id, unique among the events given to one tracker (a repeated id is ignored: events
 * apply exactly once), and the instant it happened, from which re-plans and re-quotes are computed.
 */
public sealed interface PromiseEvent
        permits StockCorrected, LocationClosed, SlotCapacityChanged, CarrierDelayed, ShipmentLate {

    /** Unique among the events given to one tracker. */
    String id();

    /** When it happened: re-plans and re-quotes start here (never before the order's own instant). */
    Instant at();

}
