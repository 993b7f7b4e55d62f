package io.promiseengine.live;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.OrderLine;
import io.promiseengine.plan.PlannedShipment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store with 2 preparations per hour and a warehouse without limit, and plans built by hand. */
final class ReservationFixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant START = Instant.parse("2026-09-17T12:10:00Z"); // 14:10 in Paris, slot 14:00
    static final Instant SLOT = Instant.parse("2026-09-17T12:00:00Z");

    private ReservationFixtures() {
    }

    static Network network() {
        return Network.builder(PARIS)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 2)).collect(true).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .stock(new StockLevel("store", "A", 6, 0, 1))
                .stock(StockLevel.of("store", "B", 3))
                .stock(StockLevel.of("wh", "A", 4))
                .build();
    }

    /** A plan: pairs of (location, "SKU:qty,SKU:qty"). */
    static Fulfilment plan(String... originsAndLines) {
        List<PlannedShipment> shipments = new ArrayList<>();
        for (int i = 0; i < originsAndLines.length; i += 2) {
            List<OrderLine> lines = new ArrayList<>();
            for (String l : originsAndLines[i + 1].split(",")) {
                String[] p = l.split(":");
                lines.add(new OrderLine(p[0], Integer.parseInt(p[1]), Map.of()));
            }
            shipments.add(new PlannedShipment(originsAndLines[i], PARIS, lines, START, START.plusSeconds(1800),
                    Optional.empty(), START.plusSeconds(3600), 0, BigDecimal.ZERO));
        }
        return new Fulfilment(Method.COLLECT, "", "store", START.plusSeconds(3600), LocalDate.of(2026, 9, 17), 1.0,
                BigDecimal.ZERO, shipments);
    }
}
