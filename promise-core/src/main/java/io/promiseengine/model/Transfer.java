package io.promiseengine.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Transfer routes from the locations {@code from} selects to those {@code to} selects, each route joining
 * two different locations (spec 2.1, 4.4): departures in the sending location's zone (never on its
 * closed dates), {@code duration} of elapsed time on the way, then {@code receiving} of working time at
 * the receiving store.
 */
public record Transfer(Selector from, List<Selector> to, WeeklyTimes departures, Duration duration, Duration receiving) {

    public Transfer {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(departures, "departures");
        Durations.checkWholeSeconds("duration", Objects.requireNonNull(duration, "duration"));
        Durations.checkWholeSeconds("receiving", Objects.requireNonNull(receiving, "receiving"));
    }
}
