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
package io.promiseengine.examples.simulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of {@code docs/ACCURACY.md}: how the simulation works, the table of each scenario and the charts
 * {@link Charts} draws. Everything in it comes from the code and the results, so the command that writes it
 * keeps it true.
 */
public final class AccuracyReport {

    /** Days after a change from which the learned policy should be back on target, and the window measured. */
    public static final int RECOVERY_DAYS = 14;
    public static final int WINDOW_DAYS = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AccuracyReport() {
    }

    /** One scenario's table: per policy and asked confidence, the on-time rate, promised and wasted days. */
    public static String table(Results r) {
        StringBuilder s = new StringBuilder();
        s.append("| policy | asked | on time | promised days | days wasted per order |\n");
        s.append("|---|---:|---:|---:|---:|\n");
        Tally st = r.total(Policy.STATIC, 0);
        s.append(String.format(Locale.ROOT, "| %s | none | %.2f %% | %.2f | %.2f |\n", Policy.STATIC.label(),
                100 * st.onTimeRate(), st.averagePromisedDays(), st.averageWastedDays()));
        for (Policy p : new Policy[] {Policy.CONFIGURED, Policy.LEARNED}) {
            for (int i = 0; i < Results.CONFIDENCES.size(); i++) {
                Tally t = r.total(p, i);
                s.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f %% | %.2f | %.2f |\n", p.label(),
                        Results.CONFIDENCES.get(i), 100 * t.onTimeRate(), t.averagePromisedDays(),
                        t.averageWastedDays()));
            }
        }
        return s.toString();
    }

    /** The first date of the window "two weeks after the change". */
    public static LocalDate windowStart(Drift change) {
        return change.from().plusDays(RECOVERY_DAYS);
    }

    /** The on-time rates of the orders placed in the week starting two weeks after the last change. */
    public static String window(Results r) {
        Drift change = r.scenario().lastChange().orElseThrow();
        LocalDate from = windowStart(change);
        LocalDate until = from.plusDays(WINDOW_DAYS);
        StringBuilder s = new StringBuilder();
        s.append("Orders placed from ").append(DAY.format(from)).append(" to ").append(DAY.format(until.minusDays(1)))
                .append(", two weeks after the ").append(change.label()).append(" began (")
                .append(DAY.format(change.from())).append("):\n\n");
        s.append("| asked | configured | learned | static |\n|---:|---:|---:|---:|\n");
        for (int i = 0; i < Results.CONFIDENCES.size(); i++) {
            s.append(String.format(Locale.ROOT, "| %.2f | %.2f %% | %.2f %% | %.2f %% |\n", Results.CONFIDENCES.get(i),
                    100 * r.onTimeRate(from, until, Policy.CONFIGURED, i),
                    100 * r.onTimeRate(from, until, Policy.LEARNED, i),
                    100 * r.onTimeRate(from, until, Policy.STATIC, i)));
        }
        return s.toString();
    }

    /**
     * Whether each engine policy is within {@code points} of the asked confidence at every level, said as a
     * sentence per policy: the criterion of the issue, checked on the numbers of this run.
     */
    static String verdict(String what, double points, Policy policy, java.util.function.IntToDoubleFunction rate) {
        StringBuilder off = new StringBuilder();
        for (int i = 0; i < Results.CONFIDENCES.size(); i++) {
            double asked = Results.CONFIDENCES.get(i);
            double gap = 100 * (rate.applyAsDouble(i) - asked);
            if (Math.abs(gap) > points) {
                off.append(off.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.2f points at %.2f", gap, asked));
            }
        }
        return "- " + policy.label() + " " + what + ": " + (off.length() == 0
                ? String.format(Locale.ROOT, "**within %.1f points at every level**", points)
                : String.format(Locale.ROOT, "**not within %.1f points** (%s)", points, off)) + "\n";
    }

    /** The whole page, with the charts' file names relative to it. */
    public static String markdown(Results stationary, Results drift, long seed) {
        String calibrationStationary = String.format(Locale.ROOT, Charts.CALIBRATION, stationary.scenario().name());
        String calibrationDrift = String.format(Locale.ROOT, Charts.CALIBRATION, drift.scenario().name());
        String overTime = String.format(Locale.ROOT, Charts.ON_TIME, drift.scenario().name());
        StringBuilder drifts = new StringBuilder();
        for (Drift d : drift.scenario().drifts()) {
            drifts.append(String.format(Locale.ROOT, "- **%s**: parcels of `%s` collected from %s to %s take %d more"
                    + " delivery day%s.\n", d.label(), d.service(), DAY.format(d.from()),
                    DAY.format(d.until().minusDays(1)), d.extraDays(), d.extraDays() == 1 ? "" : "s"));
        }
        Scenario s = stationary.scenario();
        String stationaryVerdict = verdict("over the whole period", 1.5, Policy.CONFIGURED, i -> stationary.total(Policy.CONFIGURED, i).onTimeRate())
                + verdict("over the whole period", 1.5, Policy.LEARNED, i -> stationary.total(Policy.LEARNED, i).onTimeRate());
        Drift change = drift.scenario().lastChange().orElseThrow();
        LocalDate from = windowStart(change);
        LocalDate until = from.plusDays(WINDOW_DAYS);
        String driftVerdict = verdict("two weeks after the " + change.label() + " began", 2, Policy.LEARNED,
                i -> drift.onTimeRate(from, until, Policy.LEARNED, i))
                + verdict("two weeks after the " + change.label() + " began", 2, Policy.CONFIGURED,
                i -> drift.onTimeRate(from, until, Policy.CONFIGURED, i));
        return """
                # Promise accuracy

                How often are promises kept? This page answers with a simulation: months of orders on the France demo
                network, delivered by carriers whose true transit times the simulation controls, promised by three
                policies on the same orders. It is written, tables and charts included, by one command (the seed
                and the number of orders are its defaults; the same command gives the same page):

                ```sh
                mvn -B -q package -DskipTests && java -jar examples/target/promise.jar simulate --out docs
                ```

                ## The simulation

                - **Network**: [`examples/networks/france-demo.json`](../examples/networks/france-demo.json), whose
                  home-delivery lanes (standard `std` and `express`) keep their prefixes and their fastest day `b`
                  but get a calibrated shape: `b` with 0.81, `b+1` with 0.10, `b+2` with 0.045, `b+3` with 0.036, `b+4`
                  with 0.009. The cumulative masses are 0.81, 0.91, 0.955, 0.991 and 1: each asked confidence
                  (0.8, 0.9, 0.95, 0.99) is reached on one day, a little above it. Why: a promise is a whole day, so
                  with the demo's own lanes (`{1: 0.93, 2: 0.07}`) asking 0.8 promises a day that is kept 93 times in
                  100, and no policy could be "within 1.5 points of 0.8". These lanes are the configured ones, and
                  the true ones until a drift.
                - **Orders**: %ORDERS% orders per scenario from %START% to %END%, more on Mondays and fewer at the week
                  end, placed between 08:00 and 23:00; one unit of a sku in stock somewhere, to one of the network's
                  postal codes, home delivery in one parcel. A fifth of the shoppers take the express service when it
                  is offered, the others the standard one. Seed %SEED%.
                - **Delivery**: the parcel of each promise (its origin and collection, chosen by the engine) is
                  delivered after a true number of transit days drawn from its lane's true distribution, plus the
                  days of any drift covering its collection date, counted as the spec counts them (section 4.3);
                  it arrives at a random time up to six hours before `deliverBy`. One random number per order gives
                  the quantile of the transit, so every policy meets the same luck.
                - **Policies**, each quoted at 0.8, 0.9, 0.95 and 0.99:
                  - *static "2 to 5 days"*: the text a shop shows without an engine, read as a promise of the 5th
                    delivery day of the service after the order date (by `deliverBy`); it asks no confidence.
                  - *configured distributions*: the engine with the lanes as configured.
                  - *learned distributions*: the engine (a `PromiseEngine`) with the lanes a `TransitLearner` keeps
                    current, published every night at midnight with every delivery made so far. It learns from the
                    deliveries of its own promises at 0.95 (the confidence a shop shows), with a half-life of %HALF%
                    and a prior weight of %PRIOR% deliveries (the learner's defaults are 3 days and 20: they notice a
                    single slow lane sooner, but are noisier on the demo's many thin lanes; the carrier's delay,
                    which moves the prior of every lane when the carrier slows down everywhere, keeps a heavy prior
                    from holding the promises back). `--half-life` and `--prior` try others.
                - **Measures**, per policy and asked confidence: *on time*, the share of parcels delivered by the
                  promised instant; *promised days*, calendar days from the order date to the promised date, on
                  average; *days wasted per order*, calendar days from the delivery to a later promised date,
                  averaged over all orders (a parcel delivered on Tuesday for a Friday promise wasted 3 days of a
                  promise that could have said Tuesday; a late parcel wastes none).

                ## Stationary carriers

                The carriers deliver as configured for the whole period.

                %STATIONARY_TABLE%
                %STATIONARY_VERDICT%
                ![Calibration with stationary carriers](%CAL_STATIONARY%)

                The configured policy knows the truth: it is kept as often as asked, a little more since each
                level is reached at 0.81, 0.91, 0.955 and 0.991. The learned policy only sees deliveries: its
                estimate of the day that just reaches a level wanders around the truth, and when it dips below
                the level the promise moves a day later, kept more often than asked. This costs most at 0.8,
                where the truth clears the level by one point only and the next day is worth ten more; less
                noise needs more deliveries per lane or a longer half-life, which reacts more slowly to a
                change. The static text is kept very often, and promises days more than needed.

                ## Drift: a strike week and a peak season

                %DRIFTS%
                The configured lanes do not change: nobody told the engine.

                %DRIFT_TABLE%
                %WINDOW%
                %DRIFT_VERDICT%
                ![Calibration under drift](%CAL_DRIFT%)

                ![On time by order date under drift](%OVER_TIME%)

                When a carrier slows down, the configured policy keeps promising as before and breaks its promises
                until the carrier recovers. The learner sees the slower deliveries as they arrive, a few days after
                the change (the parcels must first be delivered), and the learned policy promises later within
                days. Lanes without recent deliveries take the carrier's delay seen on the others (the prior is
                the configured distribution moved by the carrier's median delay), so the engine does not send
                parcels to a lane it would wrongly believe fast. A one-week strike is mostly over before its late
                parcels are delivered, so learning helps little during it; after it the learned policy is
                over-cautious for two to three weeks (a week's half-life), until the fast deliveries outweigh the
                slow ones.

                ## Choices made here

                - Transit days are counted from a delivery as the engine counts them forward: delivery days strictly
                  after the collection date, a delivery after `deliverBy` or on a day without deliveries counting for
                  the next delivery day (`DeliveryDays.transitDays`).
                - The learner weighs each delivery by its age at the learner's clock, from its delivery instant
                  (the deliveries of one day then have the lane's distribution; weighing by collection instant
                  would favour the fast parcels of the last days, the slow ones not being delivered yet).
                - Learned masses are rounded to millionths summing to exactly 1; a mass under half a millionth is
                  left out.
                - The learned network is published once a night; publishing more often changes little since a
                  delivery day ends in the evening.
                - "Within N points" is `|observed - asked| <= N` percentage points, both ways: over-cautious
                  promises count as misses too. "Two weeks after the change" is the orders placed in the 7 days
                  starting 14 days after the first collection date the drift covers.
                - The static text "2 to 5 days" promises the 5th delivery day after the order date: the reading a
                  shopper would hold the shop to.
                """
                .replace("%ORDERS%", String.format(Locale.ROOT, "%,d", s.orders()))
                .replace("%START%", DAY.format(s.start()))
                .replace("%END%", DAY.format(s.end().minusDays(1)))
                .replace("%SEED%", Long.toString(seed))
                .replace("%HALF%", s.halfLife().toDays() + " days")
                .replace("%PRIOR%", String.format(Locale.ROOT, "%.0f", s.priorWeight()))
                .replace("%STATIONARY_TABLE%", table(stationary))
                .replace("%STATIONARY_VERDICT%", stationaryVerdict)
                .replace("%DRIFT_VERDICT%", driftVerdict)
                .replace("%CAL_STATIONARY%", calibrationStationary)
                .replace("%DRIFTS%", drifts.toString())
                .replace("%DRIFT_TABLE%", table(drift))
                .replace("%WINDOW%", window(drift))
                .replace("%CAL_DRIFT%", calibrationDrift)
                .replace("%OVER_TIME%", overTime);
    }
}
