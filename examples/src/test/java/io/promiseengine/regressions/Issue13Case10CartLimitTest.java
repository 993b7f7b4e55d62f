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
package io.promiseengine.regressions;

import io.promiseengine.json.DocumentLimits;
import io.promiseengine.model.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, case 10: the limit of 30 distinct skus a cart, and every other limit, were in no document. */
class Issue13Case10CartLimitTest {

    @TempDir
    Path dir;

    @Test
    void aCartOf31SkusIsRefusedWhileReading() {
        String lines = IntStream.range(0, 31).mapToObj(i -> "{\"sku\": \"S" + i + "\", \"quantity\": 1}")
                .collect(Collectors.joining(", "));
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST),
                "[ { \"sku\": \"TSHIRT-M\", \"quantity\": 2 } ]", "[" + lines + "]"));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines())
                .containsExactly(request + ": lines: at most 30 distinct skus, was 31");
    }

    @Test
    void everyLimitIsInDocsLimits() throws IllegalAccessException {
        String doc = Hostile.read("../docs/LIMITS.md");
        List<Field> fields = new ArrayList<>(List.of(Limits.class.getFields()));
        fields.addAll(List.of(DocumentLimits.class.getFields()));
        for (Field f : fields) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                String value = String.format("%,d", ((Number) f.get(null)).longValue());
                assertThat(doc).as("docs/LIMITS.md names %s = %s", f.getName(), value).contains("`" + f.getName() + "`")
                        .contains(value);
            }
        }
        for (String format : new String[] {"NETWORK-FORMAT.md", "LISTING-FORMAT.md", "RULES-FORMAT.md", "CLI.md", "README.md"}) {
            assertThat(Hostile.read("../docs/" + format)).as(format).contains("LIMITS.md");
        }
    }
}
