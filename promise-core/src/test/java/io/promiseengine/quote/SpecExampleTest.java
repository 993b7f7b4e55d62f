package io.promiseengine.quote;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Method;
import org.junit.jupiter.api.Test;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

class SpecExampleTest {

    private final PromiseCalculator calculator = PromiseCalculator.of(SpecNetwork.network());

    @Test
    void request1GivesTheSpecResponse() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 2).explain(true).build());
        q.options().forEach(System.out::println);
        q.rejected().forEach(System.out::println);
        assertThat(q.options()).hasSize(5);
    }
}
