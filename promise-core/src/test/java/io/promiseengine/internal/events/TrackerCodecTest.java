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
import io.promiseengine.model.Position;
import io.promiseengine.plan.Order;
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
        TrackedOrder t = TrackerStoreContract.tracked("A-\u00e9\u0000\uD83D\uDCE6");
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
}
