package io.promiseengine.regressions;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Supply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 4 (the {@code held} part): two supplies of 2^31-1, then reservations overflowed {@code held} to
 * -2 and the engine accepted more.
 */
class HeldCannotOverflowTest {

    @Test
    void reservationsPastTheLargestHeldAreRefusedAndHeldStaysExact() {
        PromiseEngine engine = PromiseEngine.builder(LiveStoreContract.network()).build();
        engine.addSupply("s1", new Supply("wh", "BIG", Integer.MAX_VALUE, LiveStoreContract.START.minusSeconds(60)));
        engine.addSupply("s2", new Supply("wh", "BIG", Integer.MAX_VALUE, LiveStoreContract.START.minusSeconds(60)));
        assertThat(engine.reserve("a", LiveStoreContract.plan("wh", "BIG:" + Integer.MAX_VALUE)).isReserved()).isTrue();
        assertThat(engine.reserve("b", LiveStoreContract.plan("wh", "BIG:" + Integer.MAX_VALUE)))
                .isInstanceOf(ReservationResult.Refused.class);
        assertThat(engine.reserve("c", LiveStoreContract.plan("wh", "BIG:1"))).isInstanceOf(ReservationResult.Refused.class);
        assertThat(engine.stock("wh", "BIG").held()).isEqualTo(Integer.MAX_VALUE);
        assertThat(engine.stock("wh", "BIG").available()).isEqualTo(-Integer.MAX_VALUE); // waiting for the supply
    }
}
