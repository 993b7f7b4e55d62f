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
package io.promiseengine;

import io.promiseengine.model.Network;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's packages form no cycle but through the edges named below (docs/README.md, "Package
 * dependencies"). The graph is read from the compiled classes' constant pools, where every class a class
 * uses is named (class entries, field and method descriptors, generic signatures), as {@code jdeps
 * -verbose:package} reads it.
 *
 * <p>Each accepted edge goes "up" against the layering (model, rules.spi, rules, quote, plan, live, events,
 * observe; every internal package below the public ones that build it) and says why it is there. A new edge
 * that closes a cycle fails with the cycle and, for each of its edges, the classes that make it; an accepted
 * edge the code no longer has fails too, so the list stays the list of what is there.
 */
class PackageCyclesTest {

    private static final String ROOT = "io/promiseengine/";

    /** An edge that closes a cycle and is there on purpose. */
    private record Accepted(String from, String to, String why) {
    }

    /** Between public packages: a builder takes its plug-ins (the observer, the store SPI), which speak of the API's values. */
    private static final List<Accepted> PUBLIC = List.of(
            new Accepted("quote", "observe", "PromiseCalculator.Builder takes a PromiseObserver and a Ticker"),
            new Accepted("live", "observe", "PromiseEngine.Builder takes a PromiseObserver and a Ticker"),
            new Accepted("events", "observe", "PromiseTracker.Builder takes a PromiseObserver and a Ticker"),
            new Accepted("live", "live.spi", "PromiseEngine.Builder takes a LiveStore, which holds Reservations"),
            new Accepted("events", "events.spi", "PromiseTracker.Builder takes a TrackerStore, which holds TrackedOrders"));

    /** From a public package to an internal one: the factories that build the internal implementations. */
    private static final List<Accepted> FACTORIES = List.of(
            new Accepted("quote", "internal.engine", "PromiseCalculator.of and its builder build a DefaultPromiseCalculator"),
            new Accepted("quote", "internal.observe", "PromiseCalculator.Builder wraps its observer in a Watch"),
            new Accepted("live", "internal.engine", "PromiseEngine.Builder builds a DefaultPromiseEngine"),
            new Accepted("live", "internal.observe", "PromiseEngine.Builder wraps its observer in a Watch"),
            new Accepted("events", "internal.events", "PromiseTracker.Builder builds a DefaultPromiseTracker"),
            new Accepted("events", "internal.engine", "PromiseTracker.Builder accepts only a DefaultPromiseEngine"),
            new Accepted("events", "internal.observe", "PromiseTracker.Builder wraps its observer in a Watch"),
            new Accepted("events.spi", "internal.events", "TrackerStore.inMemory() builds an InMemoryTrackerStore"),
            new Accepted("learn", "internal.learn", "TransitLearner.Builder builds a DefaultTransitLearner"));

    @Test
    void publicPackagesFormNoCycleButThroughTheirPlugIns() throws IOException, URISyntaxException {
        Graph g = Graph.read();
        Graph pub = g.without(p -> p.startsWith("internal"));
        assertThat(pub.packages()).contains("model", "quote", "plan", "rules", "rules.spi", "live", "events", "observe");
        assertThat(pub.missing(PUBLIC)).as("accepted edges the code no longer has").isEmpty();
        assertThat(pub.cyclesWithout(PUBLIC)).as("package cycles among the public packages").isEmpty();
    }

    @Test
    void internalPackagesAreReachedOnlyThroughTheNamedFactories() throws IOException, URISyntaxException {
        Graph g = Graph.read();
        List<Accepted> accepted = new ArrayList<>(PUBLIC);
        accepted.addAll(FACTORIES);
        assertThat(g.packages()).contains("internal.engine", "internal.events", "internal.time");
        assertThat(g.missing(FACTORIES)).as("accepted edges the code no longer has").isEmpty();
        assertThat(g.cyclesWithout(accepted)).as("package cycles in promise-core").isEmpty();
    }

    @Test
    void theRulesSpiStandsBelowThePlanningApi() throws IOException, URISyntaxException {
        Graph g = Graph.read();
        assertThat(g.targets("rules.spi")).doesNotContain("plan", "quote", "live", "events", "rules");
        assertThat(g.targets("rules")).doesNotContain("plan", "quote", "live", "events");
    }

    /** Package to package, each edge with the class pairs that make it; names without {@code io.promiseengine.}. */
    private record Graph(Map<String, Map<String, Set<String>>> edges) {

        private static final Pattern DESCRIBED = Pattern.compile("L" + ROOT + "([A-Za-z0-9_/$]+)[;<]");

        static Graph read() throws IOException, URISyntaxException {
            Path classes = Path.of(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes.resolve(ROOT))) {
                files = walk.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
            }
            assertThat(files).as("class files under " + classes).hasSizeGreaterThan(100);
            for (Path f : files) {
                String self = classes.relativize(f).toString().replace('\\', '/');
                self = self.substring(ROOT.length(), self.length() - ".class".length());
                if (self.endsWith("package-info") || self.endsWith("module-info")) {
                    continue;
                }
                String from = packageOf(self);
                for (String used : namedClasses(Files.readAllBytes(f))) {
                    String to = packageOf(used);
                    if (!to.equals(from) && !to.isEmpty() && !from.isEmpty()) {
                        edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
                                .add(self.replace('/', '.') + " -> " + used.replace('/', '.'));
                    }
                }
            }
            return new Graph(edges);
        }

        Graph without(Predicate<String> drop) {
            Map<String, Map<String, Set<String>>> kept = new TreeMap<>();
            edges.forEach((from, tos) -> {
                if (!drop.test(from)) {
                    tos.forEach((to, why) -> {
                        if (!drop.test(to)) {
                            kept.computeIfAbsent(from, k -> new TreeMap<>()).put(to, why);
                        }
                    });
                }
            });
            return new Graph(kept);
        }

        Set<String> packages() {
            Set<String> all = new TreeSet<>(edges.keySet());
            edges.values().forEach(m -> all.addAll(m.keySet()));
            return all;
        }

        Set<String> targets(String from) {
            return edges.getOrDefault(from, Map.of()).keySet();
        }

        List<String> missing(List<Accepted> accepted) {
            return accepted.stream().filter(a -> !targets(a.from()).contains(a.to()))
                    .map(a -> a.from() + " -> " + a.to()).collect(Collectors.toList());
        }

        /**
         * The strongly connected components of more than one package once the accepted edges are removed,
         * each as its edges with one class pair per edge (Tarjan's algorithm).
         */
        List<String> cyclesWithout(List<Accepted> accepted) {
            List<String> nodes = new ArrayList<>(packages());
            Map<String, Integer> id = new HashMap<>();
            for (String n : nodes) {
                id.put(n, id.size());
            }
            List<List<Integer>> out = new ArrayList<>();
            for (String n : nodes) {
                List<Integer> next = new ArrayList<>();
                for (String to : targets(n)) {
                    String from = n;
                    if (accepted.stream().noneMatch(a -> a.from().equals(from) && a.to().equals(to))) {
                        next.add(id.get(to));
                    }
                }
                out.add(next);
            }
            List<String> cycles = new ArrayList<>();
            for (BitSet component : components(out)) {
                if (component.cardinality() > 1) {
                    StringBuilder b = new StringBuilder("cycle:");
                    component.stream().forEach(i -> out.get(i).stream().filter(component::get).forEach(j -> b
                            .append("\n  ").append(nodes.get(i)).append(" -> ").append(nodes.get(j)).append("  (")
                            .append(edges.get(nodes.get(i)).get(nodes.get(j)).iterator().next()).append(')')));
                    cycles.add(b.toString());
                }
            }
            return cycles;
        }

        private static List<BitSet> components(List<List<Integer>> out) {
            int n = out.size();
            int[] index = new int[n];
            int[] low = new int[n];
            boolean[] onStack = new boolean[n];
            Arrays.fill(index, -1);
            Deque<Integer> stack = new ArrayDeque<>();
            List<BitSet> found = new ArrayList<>();
            int[] counter = {0};
            for (int v = 0; v < n; v++) {
                if (index[v] < 0) {
                    strongConnect(v, out, index, low, onStack, stack, found, counter);
                }
            }
            return found;
        }

        private static void strongConnect(int v, List<List<Integer>> out, int[] index, int[] low, boolean[] onStack,
                                          Deque<Integer> stack, List<BitSet> found, int[] counter) {
            index[v] = low[v] = counter[0]++;
            stack.push(v);
            onStack[v] = true;
            for (int w : out.get(v)) {
                if (index[w] < 0) {
                    strongConnect(w, out, index, low, onStack, stack, found, counter);
                    low[v] = Math.min(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                BitSet component = new BitSet();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component.set(w);
                } while (w != v);
                found.add(component);
            }
        }

        /** {@code model/Network}, {@code internal/engine/Solver$Site}: the package is all but the last part. */
        private static String packageOf(String cls) {
            int slash = cls.lastIndexOf('/');
            return slash < 0 ? "" : cls.substring(0, slash).replace('/', '.');
        }

        /**
         * The classes of {@code io/promiseengine/} a class file names, without the root: its class entries
         * and the types in its descriptors and signatures. Text constants ({@code CONSTANT_String}) are left
         * out, a message is not a dependency.
         */
        private static Set<String> namedClasses(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            BitSet classNames = new BitSet(count);
            BitSet texts = new BitSet(count);
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames.set(in.readUnsignedShort());
                    case 8 -> texts.set(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag + " at " + i);
                }
            }
            Set<String> named = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                String s = utf8[i];
                if (s == null || texts.get(i) && !classNames.get(i)) {
                    continue;
                }
                if (classNames.get(i) && s.startsWith(ROOT)) {
                    named.add(s.substring(ROOT.length()));
                }
                Matcher m = DESCRIBED.matcher(s);
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
            return named;
        }
    }
}
