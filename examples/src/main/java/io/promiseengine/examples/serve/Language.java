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

import io.javalin.http.Context;

import java.util.Locale;

/** The shopper's language: {@code ?lang=fr|en}, else the first of French or English in Accept-Language, else French. */
final class Language {

    private Language() {
    }

    static Locale of(Context ctx) {
        String lang = ctx.queryParam("lang");
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("fr".equals(lang)) {
            return Locale.FRENCH;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return Locale.FRENCH;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.FRENCH;
    }
}
