package io.promiseengine.jmh;

import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long does a quote with delivery windows take (spec 4.7)? The generated France network with
 * {@code stores} stores and a SCHEDULED service {@code vans} from every shipping location, five windows a day
 * Monday to Saturday, zone {@code 75} (2 h lead) and everywhere else (4 h lead); 300 two-line carts, asking for
 * SCHEDULED alone (the 6 default windows, each with its nearest origin and its order-by to the second).
 *
 * <p>Run from the repository root: {@code java -jar promise-jmh/target/benchmarks.jar WindowsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class WindowsBenchmark {

    @Param({"100", "1000"})
    public int stores;

    private PromiseCalculator calculator;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network base = FranceNetwork.generate(stores, 42);
        List<Service> services = new ArrayList<>(base.services());
        services.add(ScheduledService.builder("vans", "Nos camions").origins("*")
                .windows("MON-SAT", "08:00-10:00", "10:00-12:00", "14:00-16:00", "18:00-20:00", "20:00-22:00")
                .closed("FR").zone("75", "PT2H", 3).zone("", "PT4H", 5).price("6.90").build());
        Network network = new Network(base.zone(), base.calendars(), base.postalCodes(), base.locations(), services,
                base.transfers(), base.stock(), base.supply(), base.load(), List.of());
        calculator = PromiseCalculator.of(network);
        QuoteRequest[] carts = FranceNetwork.quotes(300, 2, 1, 7);
        requests = new QuoteRequest[carts.length];
        for (int i = 0; i < carts.length; i++) {
            QuoteRequest r = carts[i];
            requests[i] = new QuoteRequest(r.at(), r.destination(), r.lines(), r.confidence(), EnumSet.of(Method.SCHEDULED),
                    true, List.of(), false, 1, false, QuoteRequest.DEFAULT_MAX_WINDOWS);
        }
        next = 0;
    }

    @Benchmark
    public Quote quoteWithWindows() {
        QuoteRequest r = requests[next];
        next = (next + 1) % requests.length;
        return calculator.quote(r);
    }
}
