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
package io.promiseengine.internal.events;

import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStoreContract;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored form reads back to the same value, byte for byte the same each time, and refuses what it did not write. */
class TrackerCodecTest {

    @Test
    void aTrackedOrderReadsBackEqual() {
        TrackedOrder t = TrackerStoreContract.tracked("A-1");

        byte[] bytes = TrackerCodec.write(t);

        assertThat(TrackerCodec.readOrder(bytes)).isEqualTo(t);
        assertThat(TrackerCodec.write(TrackerCodec.readOrder(bytes))).isEqualTo(bytes);
    }

    @Test
    void anOrderWithAttributesAPositionAndAnUnconfirmedHoldReadsBackEqual() {
        TrackedOrder t = TrackerStoreContract.tracked("A-\u00e9\uD83D\uDCE6"); // no control character: an order id refuses them
        QuoteRequest r = t.order().request();
        QuoteRequest moved = new QuoteRequest(r.at().plusNanos(123), new Destination("75015",
                Optional.of(Position.of(48.8412, 2.3003))), r.lines(), 0.8, r.methods(), false, List.of("store-paris"),
                true, 2, true);
        Order o = new Order(t.id(), moved, Map.of("TSHIRT", Map.of("fragile", "yes", "size", "M")));
        Reservation held = new Reservation(t.id(), t.reservation().stock(),
                List.of(new Reservation.SlotHold("store-paris", Instant.parse("2026-09-18T08:00:00Z"))),
                Optional.of(Instant.parse("2026-09-18T08:30:00.5Z")));
        TrackedOrder odd = new TrackedOrder(o, t.promise(), t.fulfilment(), held, true);

        assertThat(TrackerCodec.readOrder(TrackerCodec.write(odd))).isEqualTo(odd);
    }

    @Test
    void everyKindOfNoticeAndEventReadsBackEqual() {
        List<PromiseNotice> notices = new ArrayList<>();
        for (PromiseEvent e : TrackerStoreContract.everyEvent()) {
            notices.add(TrackerStoreContract.change("A-1", e, false));
            notices.add(TrackerStoreContract.change("A-1", e, true));
            notices.add(TrackerStoreContract.replanned("A-1", e));
        }
        for (PromiseNotice n : notices) {
            assertThat(TrackerCodec.readNotice(TrackerCodec.write(n))).isEqualTo(n);
        }
    }

    @Test
    void aPromiseWithACurrencyReadsBackEqual() {
        TrackedOrder t = TrackerStoreContract.tracked("A-1");
        PromiseOption p = t.promise();
        PromiseOption euros = new PromiseOption(p.method(), p.service(), p.location(), p.zone(), p.promisedAt(), p.date(),
                p.orderBy(), p.confidence(), p.price(), Optional.of(Currency.getInstance("EUR")), p.shipments());
        TrackedOrder priced = new TrackedOrder(t.order(), euros, t.fulfilment(), t.reservation(), t.inTransit());

        assertThat(TrackerCodec.readOrder(TrackerCodec.write(priced))).isEqualTo(priced);
        assertThat(TrackerCodec.readOrder(TrackerCodec.write(priced)).promise().currency()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void bytesOfFormat1WrittenBeforeCurrenciesStillReadWithoutOne() throws Exception {
        String hex;
        try (InputStream in = TrackerCodecTest.class.getResourceAsStream("tracked-A-1.format-1.hex")) {
            hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        byte[] format1 = HexFormat.of().parseHex(hex);

        assertThat(format1[0]).isEqualTo((byte) 1);
        assertThat(TrackerCodec.readOrder(format1)).isEqualTo(TrackerStoreContract.tracked("A-1"));
        assertThat(TrackerCodec.write(TrackerCodec.readOrder(format1))[0]).isEqualTo((byte) TrackerCodec.FORMAT);
    }

    @Test
    void bytesOfAnotherFormatCutShortOrWithMoreAreRefused() {
        byte[] bytes = TrackerCodec.write(TrackerStoreContract.tracked("A-1"));
        byte[] other = bytes.clone();
        other[0] = 9;

        assertThatThrownBy(() -> TrackerCodec.readOrder(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 9");
        assertThatThrownBy(() -> TrackerCodec.readOrder(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackerCodec.readOrder(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left");
        assertThatThrownBy(() -> TrackerCodec.readNotice(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code tracked("A-1")} as format 1 wrote it (before delivery windows), frozen. */
    private static final String FORMAT_1 =
            "0100000003412d31000000006aacef8000000000000000053735303135000000000200000006545348495254000000020000" +
            "00044a45414e000000013fee666666666666000000010000000d484f4d455f44454c49564552590100000000000000000200" +
            "000000000000000d484f4d455f44454c495645525900000003737464000000000000000c4575726f70652f50617269730000" +
            "00006aaeb1800000000000000000000050eb01000000006aad43e0000000003ff00000000000000000000203d40000000200" +
            "0000020000000b73746f72652d70617269730000000c4575726f70652f506172697300000001000000044a45414e00000001" +
            "000000006aacef8000000000000000006aacf6880000000001000000006aad51f0000000000000000877682d6c696c6c6500" +
            "00000c4575726f70652f5061726973000000010000000654534849525400000002000000006aacef8000000000000000006a" +
            "acfd900000000001000000006aad51f0000000000000000d484f4d455f44454c495645525900000003737464000000000000" +
            "00006aaeb1800000000000000000000050eb3ff0000000000000000000010000000000000000020000000b73746f72652d70" +
            "617269730000000c4575726f70652f506172697300000001000000044a45414e0000000100000000000000006aacef800000" +
            "0000000000006aacf6880000000001000000006aad51f000000000000000006aaeb180000000004014c82c7ca4ee93000000" +
            "0100000000000000000877682d6c696c6c650000000c4575726f70652f506172697300000001000000065453484952540000" +
            "000200000000000000006aacef8000000000000000006aacfd900000000001000000006aad51f000000000000000006aaeb1" +
            "80000000004069c85042275a5600000001000000000000000003412d31000000020000000b73746f72652d70617269730000" +
            "00044a45414e000000010000000877682d6c696c6c650000000654534849525400000002000000010000000b73746f72652d" +
            "7061726973000000006aacef80000000000000";

    @Test
    void format1BytesAreReadAsWithoutWindows() {
        byte[] old = java.util.HexFormat.of().parseHex(FORMAT_1);
        assertThat(old[0]).isEqualTo((byte) 1);

        TrackedOrder read = TrackerCodec.readOrder(old);

        assertThat(read).isEqualTo(TrackerStoreContract.tracked("A-1"));
        assertThat(TrackerCodec.write(read)[0]).isEqualTo((byte) TrackerCodec.FORMAT);
    }

    @Test
    void aScheduledOrderKeepsItsWindowsItsChosenWindowAndItsDrop() {
        TrackedOrder scheduled = scheduled();

        byte[] bytes = TrackerCodec.write(scheduled);

        assertThat(TrackerCodec.readOrder(bytes)).isEqualTo(scheduled);
        assertThat(TrackerCodec.write(TrackerCodec.readOrder(bytes))).isEqualTo(bytes);
    }

    @Test
    void bytesOfFormat2WrittenBeforeMaxWindowsStillReadWithTheDefault() throws Exception {
        String hex; // scheduled() as the format-2 codec (the commit before format 3) wrote it, frozen
        try (InputStream in = TrackerCodecTest.class.getResourceAsStream("tracked-W-1.format-2.hex")) {
            hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        byte[] format2 = HexFormat.of().parseHex(hex);

        assertThat(format2[0]).isEqualTo((byte) 2);
        TrackedOrder read = TrackerCodec.readOrder(format2);
        assertThat(read).isEqualTo(scheduled());
        assertThat(read.order().request().maxWindows()).isEqualTo(QuoteRequest.DEFAULT_MAX_WINDOWS);
        byte[] again = TrackerCodec.write(read);
        assertThat(again[0]).isEqualTo((byte) 3);
        assertThat(again).hasSize(format2.length + 4); // the int of maxWindows
    }

    @Test
    void format3KeepsTheRequestsMaxWindows() {
        TrackedOrder t = scheduled();
        QuoteRequest r = t.order().request();
        QuoteRequest two = new QuoteRequest(r.at(), r.destination(), r.lines(), r.confidence(), r.methods(),
                r.methodsGiven(), r.collectAt(), r.collectAtGiven(), r.maxShipments(), r.explain(), 2);
        TrackedOrder asked = new TrackedOrder(new Order(t.id(), two, t.order().attributes()), t.promise(), t.fulfilment(),
                t.reservation(), false);

        TrackedOrder read = TrackerCodec.readOrder(TrackerCodec.write(asked));

        assertThat(read).isEqualTo(asked);
        assertThat(read.order().request().maxWindows()).isEqualTo(2);
    }

    /** A SCHEDULED order with two windows offered, the first chosen and its drop held. */
    private static TrackedOrder scheduled() {
        TrackedOrder t = TrackerStoreContract.tracked("W-1");
        Instant start = Instant.parse("2026-09-19T16:00:00Z");
        Instant end = Instant.parse("2026-09-19T18:00:00Z");
        PromiseOption p = t.promise();
        PromiseOption option = new PromiseOption(Method.SCHEDULED, Optional.of("vans"), Optional.empty(), p.zone(), end, p.date(), p.orderBy(), 1.0,
                p.price(), p.shipments(), List.of(new DeliveryWindow(start, end, "store-paris", start.minusSeconds(7200)),
                new DeliveryWindow(end, end.plusSeconds(7200), "wh-lyon", start)));
        Fulfilment f = t.fulfilment();
        Fulfilment chosen = new Fulfilment(Method.SCHEDULED, "vans", "", end, f.date(), 1.0, f.cost(), f.shipments(),
                Optional.of(new Fulfilment.Window(start, end, "75")));
        Reservation r = t.reservation();
        Reservation drop = new Reservation(t.id(), r.stock(), r.slots(), List.of(new Reservation.WindowHold("vans", "75", start)),
                r.expiresAt());
        return new TrackedOrder(t.order(), option, chosen, drop, false);
    }
}
