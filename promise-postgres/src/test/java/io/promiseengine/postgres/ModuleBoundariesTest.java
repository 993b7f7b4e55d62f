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
package io.promiseengine.postgres;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library's module boundaries (docs/README.md, "Module boundaries"), checked on the module path although the
 * tests themselves run on the class path: what each library module exports, that code outside cannot compile
 * against an unexported package, and that the engine's tracker-only members cannot be reached at run time.
 */
class ModuleBoundariesTest {

    private static final List<String> LIBRARY = List.of("io.promiseengine.core", "io.promiseengine.rules",
            "io.promiseengine.postgres");

    /** The library's three modules and what they require, as directories or jars on this test's class path. */
    private static final List<Path> MODULE_PATH = modulePath(Network.class, NetworkDocument.class,
            PostgresPromiseEngine.class, org.slf4j.Logger.class, JsonParser.class, JsonNode.class, JsonProperty.class,
            org.postgresql.Driver.class);

    private static List<Path> modulePath(Class<?>... classes) {
        Set<Path> homes = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            try {
                homes.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(homes);
    }

    private static ModuleReference module(String name) {
        return ModuleFinder.of(MODULE_PATH.toArray(Path[]::new)).find(name)
                .orElseThrow(() -> new AssertionError(name + " is not a module on " + MODULE_PATH));
    }

    /** The packages of a module that hold classes (resource folders, such as the SQL migrations', are not API). */
    private static Set<String> packagesWithClasses(ModuleReference m) {
        try (var reader = m.open(); Stream<String> names = reader.list()) {
            return names.filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && n.contains("/"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean internal(String pkg) {
        return List.of(pkg.split("\\.")).contains("internal");
    }

    @Test
    void everyLibraryModuleExportsExactlyItsPackagesOutsideInternal() {
        for (String name : LIBRARY) {
            ModuleDescriptor d = module(name).descriptor();
            Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = packagesWithClasses(module(name)).stream().filter(p -> !internal(p))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(exported).as("unqualified exports of %s (a new API or spi package needs its exports line in"
                    + " module-info.java; a package named internal must not have one)", name).isEqualTo(expected);
            assertThat(d.isOpen()).as("%s is open", name).isFalse();
            assertThat(d.opens()).as("opens of %s", name).isEmpty();
        }
    }

    @Test
    void theOnlyQualifiedExportIsTheTrackersCodecToThePostgresModule() {
        Map<String, Set<String>> qualified = new TreeMap<>();
        for (String name : LIBRARY) {
            module(name).descriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                    .forEach(e -> qualified.put(name + "/" + e.source(), e.targets()));
        }
        assertThat(qualified).isEqualTo(Map.of("io.promiseengine.core/io.promiseengine.internal.events",
                Set.of("io.promiseengine.postgres")));
    }

    @Test
    void codeOnTheModulePathCompilesAgainstTheApiAndNotAgainstInternalPackages(@TempDir Path dir) throws IOException {
        String api = "import io.promiseengine.model.Network; import io.promiseengine.json.NetworkDocument;"
                + " import io.promiseengine.postgres.PostgresPromiseEngine; import io.promiseengine.events.PromiseTracker;";
        assertThat(compile(dir.resolve("api"), api)).isEmpty();

        List<String> internals = List.of("io.promiseengine.internal.time", "io.promiseengine.internal.engine",
                "io.promiseengine.internal.events", "io.promiseengine.json.internal", "io.promiseengine.postgres.internal");
        List<String> errors = compile(dir.resolve("internal"),
                internals.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining(" ")));
        for (String pkg : internals) {
            assertThat(errors).as("importing %s from outside the library", pkg)
                    .anySatisfy(e -> assertThat(e).contains("package " + pkg + " is not visible"));
        }
    }

    /** Compiles a module {@code probe} requiring the three library modules, with one class under {@code imports}. */
    private static List<String> compile(Path dir, String imports) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/probe"));
        Files.writeString(src.resolve("module-info.java"), "module probe { requires io.promiseengine.rules;"
                + " requires io.promiseengine.postgres; }");
        Files.writeString(src.resolve("Probe.java"), "package probe; " + imports + " public class Probe { }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            // an empty class path: in process, javac would otherwise take this test's own class path
            List<String> options = List.of("--release", "17", "-proc:none", "-d", dir.resolve("out").toString(),
                    "-classpath", Files.createDirectories(dir.resolve("empty")).toString(),
                    "--module-path", MODULE_PATH.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("Probe.java"))).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    @Test
    void theEnginesTrackerOnlyMembersCannotBeReachedFromOutsideTheModule() throws Exception {
        ModuleLayer layer = layer();
        Module core = layer.findModule("io.promiseengine.core").orElseThrow();
        Module postgres = layer.findModule("io.promiseengine.postgres").orElseThrow();
        Module outside = getClass().getModule();

        assertThat(core.isExported("io.promiseengine.live", outside)).isTrue();
        assertThat(core.isExported("io.promiseengine.internal.engine", outside)).isFalse();
        assertThat(core.isExported("io.promiseengine.internal.events", outside)).isFalse();
        assertThat(core.isExported("io.promiseengine.internal.events", postgres)).isTrue();

        Class<?> api = core.getClassLoader().loadClass(PromiseEngine.class.getName());
        assertThat(api.getModule()).isSameAs(core);
        assertThat(MethodHandles.publicLookup().findStatic(api, "builder",
                MethodType.methodType(layerClass(core, PromiseEngine.Builder.class), layerClass(core, Network.class)))).isNotNull();

        Class<?> engine = core.getClassLoader().loadClass("io.promiseengine.internal.engine.DefaultPromiseEngine");
        assertThatThrownBy(() -> MethodHandles.publicLookup().findVirtual(engine, "withOwnHoldsFreed",
                MethodType.methodType(Object.class, String.class, Function.class)))
                .isInstanceOf(IllegalAccessException.class);
        assertThatThrownBy(() -> MethodHandles.publicLookup().findStatic(engine, "checkHold",
                MethodType.methodType(Duration.class, String.class, Duration.class)))
                .isInstanceOf(IllegalAccessException.class);
    }

    @Test
    void theLibraryRunsOnTheModulePathWithItsResourcesAndJackson() throws Throwable {
        ModuleLayer layer = layer();
        ClassLoader loader = layer.findLoader("io.promiseengine.core");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> document = loader.loadClass(NetworkDocument.class.getName());
        Class<?> network = loader.loadClass(Network.class.getName());
        assertThat(document.getModule().getName()).isEqualTo("io.promiseengine.rules");

        String json = Files.readString(Path.of("../examples/spec-example/network.json"));
        Object read = lookup.findStatic(document, "read", MethodType.methodType(network, String.class)).invoke(json);
        Object written = lookup.findStatic(document, "write", MethodType.methodType(String.class, network)).invoke(read);
        assertThat(written).as("the document written on the module path and on the class path")
                .isEqualTo(NetworkDocument.write(NetworkDocument.read(json)));

        Class<?> messages = loader.loadClass(io.promiseengine.quote.PromiseMessages.class.getName());
        assertThat(lookup.findStatic(messages, "german", MethodType.methodType(messages)).invoke())
                .as("a built-in catalogue, a resource of the core's module").isNotNull();

        Class<?> schema = loader.loadClass(PostgresSchema.class.getName());
        Class<?> migration = loader.loadClass(PostgresSchema.Migration.class.getName());
        List<?> migrations = (List<?>) lookup.findStatic(schema, "migrations", MethodType.methodType(List.class)).invoke();
        assertThat(migrations).hasSameSizeAs(PostgresSchema.migrations());
        for (Object m : migrations) {
            assertThat((String) lookup.findVirtual(migration, "sql", MethodType.methodType(String.class)).invoke(m))
                    .as("the SQL of %s, a resource of the postgres module", m).isNotBlank();
        }
    }

    /** The three library modules and what they require, in a layer of their own over the platform's modules. */
    private static ModuleLayer layer() {
        Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(MODULE_PATH.toArray(Path[]::new)),
                ModuleFinder.of(), Set.of("io.promiseengine.postgres"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    private static Class<?> layerClass(Module m, Class<?> c) throws ClassNotFoundException {
        return m.getClassLoader().loadClass(c.getName());
    }
}
