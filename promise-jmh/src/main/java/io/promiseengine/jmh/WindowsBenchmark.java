package io.promiseengine.jmh;

import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;
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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long does a quote with delivery windows take (spec 4.7)? The {@link FranceNetwork} with a SCHEDULED service
 * ({@link #withVans}: vans from every store and warehouse, seven 2-hour windows a day Monday to Saturday, zones
 * {@code 75} and {@code 69} with a 2-hour lead time and {@code ""} with 24 hours, window load on the weekdays of
 * September 2026), the {@link QuoteBenchmark}'s carts asking for SCHEDULED alone or for all four methods, 6 windows.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar WindowsBenchmark -prof gc}
 * (one configuration: {@code -p stores=1000 -p lines=3 -p methods=SCHEDULED}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class WindowsBenchmark {

    /** {@code engine} or {@code baseline} (seconds a call at 1,000 stores: small configurations only). */
    @Param({"engine"})
    public String impl;

    @Param({"100", "1000"})
    public int stores;

    @Param({"1", "3"})
    public int lines;

    /** {@code SCHEDULED} alone, or {@code ALL} four methods. */
    @Param({"SCHEDULED", "ALL"})
    public String methods;

    private PromiseCalculator calculator;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = withVans(FranceNetwork.generate(stores, 42), 42);
        calculator = Calculators.create(impl, network);
        QuoteRequest[] carts = FranceNetwork.quotes(QuoteBenchmark.REQUESTS, lines, 1, 7);
        requests = new QuoteRequest[carts.length];
        for (int i = 0; i < carts.length; i++) {
            QuoteRequest r = carts[i];
            requests[i] = methods.equals("ALL") ? r : new QuoteRequest(r.at(), r.destination(), r.lines(), r.confidence(),
                    EnumSet.of(Method.SCHEDULED), true, List.of(), false, r.maxShipments(), false, r.maxWindows());
        }
        next = 0;
    }

    @Benchmark
    public Quote quote() {
        QuoteRequest r = requests[next];
        next = (next + 1) & (QuoteBenchmark.REQUESTS - 1);
        return calculator.quote(r);
    }

    /**
     * The network with a SCHEDULED service {@code vans} from every location, and orders booked in its windows: on
     * each weekday of September 2026, a third of the windows of each zone hold 1 order up to the zone's capacity.
     */
    public static Network withVans(Network network, long seed) {
        ScheduledService vans = ScheduledService.builder("vans", "Livraison sur rendez-vous").origins("*")
                .windows("MON-SAT", "08:00-10:00", "10:00-12:00", "12:00-14:00", "14:00-16:00", "16:00-18:00",
                        "18:00-20:00", "20:00-22:00")
                .closed("FR")
                .zone(WindowZone.of("75", "PT2H", 8)).zone(WindowZone.of("69", "PT2H", 6))
                .zone(WindowZone.of("", "PT24H", 20))
                .price("7.90").build();
        List<Service> services = new ArrayList<>(network.services());
        services.add(vans);
        SplittableRandom random = new SplittableRandom(seed);
        List<WindowLoad> load = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 1); d.getMonthValue() == 9; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int hour = 8; hour < 22; hour += 2) {
                Instant start = d.atTime(hour, 0).atZone(network.zone()).toInstant();
                for (WindowZone z : vans.zones()) {
                    if (random.nextInt(3) == 0) {
                        load.add(new WindowLoad(vans.id(), z.to(), start, 1 + random.nextInt(z.capacity())));
                    }
                }
            }
        }
        return new Network(network.zone(), network.calendars(), network.postalCodes(), network.locations(), services,
                network.transfers(), network.stock(), network.supply(), network.load(), load);
    }
}
