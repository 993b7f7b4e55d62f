package io.promiseengine.jmh;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * The CI smoke run: every benchmark of this package once, very short, on the 100-store network, one fork,
 * no warmup, one 100 ms iteration (one call for single-shot ones), failing on any error. It checks that the
 * benchmarks run, not how fast.
 *
 * <p>Run: {@code java -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.Smoke}
 * (or {@code mvn -B -q -pl promise-jmh -am package -DskipTests exec:exec -Djmh.main=io.promiseengine.jmh.Smoke}).
 */
public final class Smoke {

    private Smoke() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("io\\.promiseengine\\.jmh\\..*Benchmark")
                .forks(1)
                .jvmArgsAppend("-Xmx2g")
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("stores", "100")
                .param("impl", "engine", "baseline")
                .shouldFailOnError(true);
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println("smoke: " + results.size() + " benchmark configurations ran");
    }
}
