package io.promiseengine.jmh;

import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator is deterministic and its requests get real answers (else the benchmarks would time refusals). */
class FranceNetworkTest {

    @Test
    void sameSeedSameNetwork() {
        Network a = FranceNetwork.generate(20, 5);
        Network b = FranceNetwork.generate(20, 5);
        assertThat(a.locations()).isEqualTo(b.locations());
        assertThat(a.stock()).isEqualTo(b.stock());
        assertThat(a.locations()).hasSize(25);
        assertThat(a.stock().size()).isGreaterThan(5 * 40_000 + 20 * FranceNetwork.MIN_ASSORTMENT);
        assertThat(FranceNetwork.quotes(10, 3, 2, 1)).isEqualTo(FranceNetwork.quotes(10, 3, 2, 1));
    }

    @Test
    void requestsGetOptionsOfEveryMethod() {
        PromiseCalculator calculator = PromiseCalculator.of(FranceNetwork.generate(120, 42));
        Set<Method> methods = EnumSet.noneOf(Method.class);
        int answered = 0;
        QuoteRequest[] requests = FranceNetwork.quotes(50, 3, 2, 7);
        for (QuoteRequest r : requests) {
            Quote q = calculator.quote(r);
            answered += q.options().isEmpty() ? 0 : 1;
            q.options().stream().map(PromiseOption::method).forEach(methods::add);
        }
        assertThat(answered).isGreaterThan(requests.length * 9 / 10);
        assertThat(methods).containsExactlyInAnyOrder(Method.COLLECT, Method.COURIER, Method.HOME_DELIVERY); // no SCHEDULED service here
        assertThat(calculator.listing(FranceNetwork.pages(1, 48, 3)[0]).badges()).hasSize(48);
    }
}
