/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Line;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.LineFilter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rule set's line filters read from docs/RULES-FORMAT.md ("When a filter is asked") and docs/PLANNER.md, without
 * the engine's machinery: a filter is asked about one line at one location at the instant {@code s} a
 * preparation would start, with the units of the line's sku available at {@code s} (spec 4.1: the level plus the
 * supply arrived by {@code s}), and a preparation may start at {@code s} only when every filter allows every one of
 * its lines there ({@link ReadyTimes#prepare} waits for such an instant as it waits for stock). Nothing is cached:
 * the filters are asked again at every instant looked at.
 */
final class Filters {

    /** No filter: every location may prepare every line. */
    static final Filters NONE = new Filters(RuleSet.none(), Map.of(), null);

    private final RuleSet rules;
    private final Map<String, Map<String, String>> attributes;
    private final ReadyTimes readyTimes;

    /**
     * @param rules the rule set whose filters are asked
     * @param attributes each sku's line attributes ({@code Order.attributes}); a sku without any has none
     * @param readyTimes the availability of the network (null only when there is no filter)
     */
    Filters(RuleSet rules, Map<String, Map<String, String>> attributes, ReadyTimes readyTimes) {
        this.rules = rules;
        this.attributes = attributes;
        this.readyTimes = readyTimes;
    }

    /** What a filter is asked about besides the location and the line: whose option it is, and where the cart goes. */
    record Asker(Method method, String service, Location store, Position destination) {
    }

    /**
     * The rule set's limit on shipments for a request asking for {@code asked} (docs/RULES-FORMAT.md: {@code
     * maxShipments} lowers the request's, {@code shipComplete} makes it 1).
     */
    int shipments(int asked) {
        if (rules.shipComplete()) {
            return 1;
        }
        return Math.min(asked, rules.maxShipments());
    }

    /** Whether every filter allows every line at {@code l} for a preparation starting at {@code s}. */
    boolean allowAll(Asker asker, Location l, List<Line> lines, Instant s) {
        if (rules.filters().isEmpty()) {
            return true;
        }
        for (Line line : lines) {
            LineCandidate c = candidate(asker, l, line, s);
            for (LineFilter f : rules.filters()) {
                if (!f.allows(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private LineCandidate candidate(Asker asker, Location l, Line line, Instant s) {
        // the distance to where the cart goes: the collect store for COLLECT, else the destination (0 without one)
        double km;
        if (asker.method() == Method.COLLECT) {
            km = Timetables.km(l.position(), asker.store().position());
        } else {
            km = asker.destination() == null ? 0 : Timetables.km(l.position(), asker.destination());
        }
        OrderLine orderLine = new OrderLine(line.sku(), line.quantity(), attributes.getOrDefault(line.sku(), Map.of()));
        return new LineCandidate(l, asker.method(), asker.service(), asker.store() == null ? "" : asker.store().id(),
                orderLine, readyTimes.available(l, line.sku(), s), km);
    }
}
