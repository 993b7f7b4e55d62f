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
package io.promiseengine.examples.serve;

/**
 * A product's picture, drawn: an inline SVG outline by kind of product (the demo has no photos, and the pages
 * fetch nothing from elsewhere). The colour is the page's {@code --tint}.
 */
final class Pictures {

    private Pictures() {
    }

    static String of(String sku) {
        String path;
        if (sku.startsWith("TSHIRT")) {
            path = "M70 40 L100 28 Q120 44 140 28 L170 40 L196 78 L168 92 L160 80 L160 200 L80 200 L80 80 L72 92 L44 78 Z";
        } else if (sku.startsWith("JEAN")) {
            path = "M78 30 L162 30 L170 205 L132 205 L120 90 L108 205 L70 205 Z";
        } else if (sku.startsWith("SNEAKER")) {
            path = "M40 150 Q40 110 70 108 L110 100 Q130 120 160 128 Q200 136 204 160 L204 176 L40 176 Z";
        } else if (sku.startsWith("BOOK")) {
            path = "M70 36 L170 36 L170 204 L70 204 Q60 204 60 194 L60 46 Q60 36 70 36 Z";
        } else if (sku.startsWith("KETTLE")) {
            path = "M80 80 L160 80 L172 190 L68 190 Z M96 66 L144 66 L150 80 L90 80 Z M172 100 Q204 110 190 160 L172 150 Z";
        } else {
            path = "M64 60 L176 60 L176 200 L64 200 Z M84 80 L156 80 L156 120 L84 120 Z M100 150 L140 150 L140 180 L100 180 Z";
        }
        return "<svg viewBox=\"0 0 240 240\" aria-hidden=\"true\" class=\"picture\"><path d=\"" + path
                + "\" fill=\"var(--tint)\" stroke=\"rgba(0,0,0,.25)\" stroke-width=\"3\" stroke-linejoin=\"round\"/></svg>";
    }
}
