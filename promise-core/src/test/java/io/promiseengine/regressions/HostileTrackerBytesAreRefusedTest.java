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
package io.promiseengine.regressions;

import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStoreContract;
import io.promiseengine.internal.events.TrackerCodec;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.Method;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (hostile input), the tracker's stored form, format 2 ({@code TrackerCodec}): bytes cut short at every
 * length, every byte replaced by 0x00, 0x7F, 0x80 and 0xFF, and the int at every offset replaced by a huge length
 * (2^31 - 1, 2^24, -1) are refused with an {@link IllegalArgumentException} saying what is wrong, or read as some
 * value, never another exception (a {@code DateTimeException}, an {@code OutOfMemoryError} on a huge length
 * prefix, a {@code NullPointerException}). Every tracked order and notice a store may hold is tried: a SCHEDULED
 * order with its windows, chosen window, drop and currency, and every kind of notice and event.
 */
class HostileTrackerBytesAreRefusedTest {

    @Test
    void everyCutAndEveryHostileByteOfATrackedOrderIsRefusedCleanly() {
        byte[] bytes = TrackerCodec.write(scheduled());
        assertThat(hostile(bytes, TrackerCodec::readOrder, new int[] {0x00, 0x7F, 0x80, 0xFF}, 1)).isEmpty();
    }

    @Test
    void everyCutAndEveryHostileByteOfEveryNoticeIsRefusedCleanly() {
        Map<String, Throwable> wrong = new LinkedHashMap<>();
        List<PromiseEvent> events = TrackerStoreContract.everyEvent();
        for (boolean replanned : new boolean[] {false, true}) {
            Function<PromiseEvent, byte[]> notice = e -> TrackerCodec.write(replanned
                    ? TrackerStoreContract.replanned("A-1", e) : TrackerStoreContract.change("A-1", e, true));
            // the notice's bytes before its event are the same whatever the event: varied once, with the first event
            int prefix = commonPrefix(notice.apply(events.get(0)), notice.apply(events.get(1)));
            for (int k = 0; k < events.size(); k++) {
                wrong.putAll(hostile(notice.apply(events.get(k)), TrackerCodec::readNotice, new int[] {0x00, 0x7F, 0x80, 0xFF},
                        k == 0 ? 1 : prefix));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static int commonPrefix(byte[] a, byte[] b) {
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /**
     * The bytes cut at every length (from {@code from} on when it is past 1), with each byte from {@code from} on set to each of {@code values}, and with a huge
     * int written over them from there: what was thrown other than a clean refusal, by variation.
     */
    private static Map<String, Throwable> hostile(byte[] bytes, Function<byte[], ?> read, int[] values, int from) {
        Map<String, Throwable> wrong = new LinkedHashMap<>();
        List<Map.Entry<String, byte[]>> cases = new ArrayList<>();
        for (int n = from == 1 ? 0 : from; n < bytes.length; n++) {
            cases.add(Map.entry("cut at " + n, Arrays.copyOf(bytes, n)));
        }
        for (int i = from; i < bytes.length; i++) {
            for (int b : values) {
                byte[] x = bytes.clone();
                x[i] = (byte) b;
                cases.add(Map.entry("byte " + i + " = " + b, x));
            }
        }
        for (int i = Math.max(1, from - 3); i + 4 <= bytes.length; i++) {
            for (int v : new int[] {Integer.MAX_VALUE, 1 << 24, -1}) {
                byte[] x = bytes.clone();
                ByteBuffer.wrap(x).putInt(i, v);
                cases.add(Map.entry("int at " + i + " = " + v, x));
            }
        }
        for (Map.Entry<String, byte[]> c : cases) {
            try {
                read.apply(c.getValue());
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    wrong.put(c.getKey(), e);
                }
            } catch (Throwable t) {
                wrong.put(c.getKey(), t);
            }
        }
        return wrong;
    }

    private static TrackedOrder scheduled() {
        TrackedOrder t = TrackerStoreContract.tracked("W-1");
        Instant start = Instant.parse("2026-09-19T16:00:00Z");
        Instant end = Instant.parse("2026-09-19T18:00:00Z");
        PromiseOption p = t.promise();
        PromiseOption option = new PromiseOption(Method.SCHEDULED, Optional.of("vans"), Optional.empty(), p.zone(), end,
                p.date(), p.orderBy(), 1.0, p.price(), Optional.of(Currency.getInstance("EUR")), p.shipments(),
                List.of(new DeliveryWindow(start, end, "store-paris", start.minusSeconds(7200))));
        Fulfilment f = t.fulfilment();
        Fulfilment chosen = new Fulfilment(Method.SCHEDULED, "vans", "", end, f.date(), 1.0, f.cost(), f.shipments(),
                Optional.of(new Fulfilment.Window(start, end, "75")));
        Reservation r = t.reservation();
        Reservation drop = new Reservation(t.id(), r.stock(), r.slots(), List.of(new Reservation.WindowHold("vans", "75", start)),
                r.expiresAt());
        return new TrackedOrder(t.order(), option, chosen, drop, false);
    }
}
