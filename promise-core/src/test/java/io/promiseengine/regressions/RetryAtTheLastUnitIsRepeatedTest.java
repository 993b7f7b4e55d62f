package io.promiseengine.regressions;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 11: with 1 unit in stock, {@code reserve("A", plan)} then the same call again answered
 * {@code ORDER_ID_IN_USE ... already holds another plan}: the order's own hold was counted against its retry.
 */
class RetryAtTheLastUnitIsRepeatedTest {

    @Test
    void theSameReservationAgainAtTheLastUnitIsRepeated() {
        PromiseEngine engine = PromiseEngine.builder(LiveStoreContract.network()).build();
        ReservationResult first = engine.reserve("A", LiveStoreContract.plan("wh", "LAST:1"));
        ReservationResult again = engine.reserve("A", LiveStoreContract.plan("wh", "LAST:1"));
        assertThat(first.isReserved()).isTrue();
        assertThat(again).isInstanceOfSatisfying(ReservationResult.Reserved.class, r -> assertThat(r.repeated()).isTrue());
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }
}
