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
