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
package io.promiseengine.postgres;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.LiveStoreContract;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * A storm of reserve, retry, confirm, release, hand-off and stock arrivals on the last units and slots of the
 * contract's network, by one thread; every call acknowledged is printed as it returns ({@code ACK id expiresAtMillis},
 * {@code CONF id}, {@code REL id}, {@code HAND id}), so a process killed at any instant has told exactly what it
 * was promised. Holds last {@link #HOLD}, so some lapse during the storm.
 */
final class Storm {

    static final Duration HOLD = Duration.ofMillis(400);
    private static final String[][] POSITIONS = {{"wh", "A"}, {"wh", "LAST"}, {"store", "A"}, {"store", "B"}};

    private final PromiseEngine engine;
    private final PrintStream out;
    private final Random random;
    private final String prefix;

    Storm(PromiseEngine engine, PrintStream out, long seed, String prefix) {
        this.engine = engine;
        this.out = out;
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    /** Runs until {@code stop} says so. */
    void run(BooleanSupplier stop) {
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; !stop.getAsBoolean(); i++) {
            String[] p = POSITIONS[random.nextInt(POSITIONS.length)];
            String id = prefix + "-" + i;
            var plan = LiveStoreContract.plan(p[0], p[1] + ":" + (1 + random.nextInt(2)));
            ReservationResult r = engine.reserve(id, plan, HOLD);
            if (r instanceof ReservationResult.Reserved ok) {
                print("ACK " + id + " " + ok.reservation().expiresAt().orElseThrow().toEpochMilli());
                if (!engine.reserve(id, plan, HOLD).isReserved()) { // a retry is never refused
                    print("RETRY-REFUSED " + id);
                }
                if (random.nextInt(3) == 0 && engine.confirm(id).isPresent()) {
                    print("CONF " + id);
                    confirmed.add(id);
                }
            }
            int op = random.nextInt(10);
            if (op == 0 && !confirmed.isEmpty()) {
                String gone = confirmed.remove(random.nextInt(confirmed.size()));
                print("LETGO " + gone); // a kill before the outcome's line leaves it uncertain, and only it
                print((engine.release(gone) ? "REL " : "KEPT ") + gone);
            } else if (op == 1 && !confirmed.isEmpty()) {
                String gone = confirmed.remove(random.nextInt(confirmed.size()));
                print("LETGO " + gone);
                try {
                    print((engine.handOff(gone).isPresent() ? "HAND " : "KEPT ") + gone);
                } catch (IllegalStateException e) {
                    confirmed.add(gone); // not on hand: stays held
                    print("KEPT " + gone);
                }
            } else if (op == 2) {
                String[] q = POSITIONS[random.nextInt(POSITIONS.length)];
                engine.adjustOnHand(q[0], q[1], 1); // stock arrives; it never leaves under the holds
            }
        }
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
