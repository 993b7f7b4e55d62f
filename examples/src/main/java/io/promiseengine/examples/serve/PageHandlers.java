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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages: home, product, checkout and order. Each is a template of {@code storefront/templates/} filled
 * with escaped text ({@code {{name}}}); what moves (badges, countdowns, options, the order's promise) is
 * drawn by the page's script from the JSON endpoints. Plain HTML, CSS and JavaScript from the jar: no build
 * tool, nothing fetched from elsewhere.
 */
final class PageHandlers {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\{?)([a-zA-Z.]+)}?}}");
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Storefront shop;

    PageHandlers(Storefront shop) {
        this.shop = shop;
    }

    /** {@code GET /}: the catalogue. */
    void home(Context ctx) {
        Locale language = Language.of(ctx);
        StringBuilder cards = new StringBuilder();
        for (Catalogue.Product p : shop.catalogue().products()) {
            cards.append("<a class=\"card\" href=\"/products/").append(escape(p.sku())).append("?lang=")
                    .append(language.getLanguage()).append("\"><div class=\"thumb\" style=\"--tint:")
                    .append(escape(p.colour())).append("\">").append(Pictures.of(p.sku())).append("</div><div class=\"card-name\">")
                    .append(escape(p.name(language))).append("</div><div class=\"card-price\">")
                    .append(escape(OptionView.Money.text(p.price(), shop.catalogue().currency(), language)))
                    .append("</div></a>");
        }
        Map<String, String> v = common(ctx, language, "/");
        v.put("title", Texts.get(language, "home.title"));
        v.put("{cards", cards.toString());
        v.put("script", "");
        ctx.html(page("home.html", v));
    }

    /**
     * The {@code postalCode} query parameter to fill the page's field with (HTML-escaped by the template), or nothing
     * when it has a character an id may not have (a control character, a bidirectional override, a lone surrogate:
     * {@link Limits#whyNotText}) or more than 100 characters: such text given in a URL is never written into a page.
     */
    private static String postalCodeField(Context ctx) {
        String code = Optional.ofNullable(ctx.queryParam("postalCode")).orElse("");
        return Limits.whyNotText(code, 100) == null ? code : "";
    }

    /** {@code GET /products/{sku}}: a product page; its badges come from {@code /api/products/{sku}/badges}. */
    void product(Context ctx) {
        Locale language = Language.of(ctx);
        String sku = ctx.pathParam("sku");
        Optional<Catalogue.Product> product = shop.catalogue().product(sku);
        if (product.isEmpty()) {
            ctx.status(404).html(errorPage(404, Texts.get(language, "product.unknown") + " " + Echo.escape(sku)));
            return;
        }
        Catalogue.Product p = product.get();
        Map<String, String> v = common(ctx, language, "/products/" + sku);
        v.put("title", p.name(language));
        v.put("sku", p.sku());
        v.put("name", p.name(language));
        v.put("description", p.description(language));
        v.put("price", OptionView.Money.text(p.price(), shop.catalogue().currency(), language));
        v.put("colour", p.colour());
        v.put("{picture", Pictures.of(p.sku()));
        v.put("postalCode", postalCodeField(ctx));
        v.put("{postalForm", render("postal-form.html", v));
        ObjectNode data = JSON.objectNode();
        data.put("sku", p.sku());
        data.put("lang", language.getLanguage());
        v.put("{data", script(data));
        ctx.html(page("product.html", v));
    }

    /** {@code GET /checkout?sku=...&quantity=1&postalCode=75011}: the cart's options, each with its countdown. */
    void checkout(Context ctx) {
        Locale language = Language.of(ctx);
        String sku = Optional.ofNullable(ctx.queryParam("sku")).orElse("");
        Optional<Catalogue.Product> product = shop.catalogue().product(sku);
        if (product.isEmpty()) {
            ctx.status(404).html(errorPage(404, Texts.get(language, "product.unknown") + " " + Echo.escape(sku)));
            return;
        }
        int quantity = 1;
        String q = ctx.queryParam("quantity");
        if (q != null && q.matches("[1-9][0-9]?")) {
            quantity = Integer.parseInt(q);
        }
        Catalogue.Product p = product.get();
        Map<String, String> v = common(ctx, language, "/checkout?sku=" + sku + "&quantity=" + quantity);
        v.put("title", Texts.get(language, "checkout.title"));
        v.put("name", p.name(language));
        v.put("sku", p.sku());
        v.put("quantity", Integer.toString(quantity));
        v.put("colour", p.colour());
        v.put("{picture", Pictures.of(p.sku()));
        v.put("total", OptionView.Money.text(p.price().multiply(BigDecimal.valueOf(quantity)),
                shop.catalogue().currency(), language));
        v.put("postalCode", postalCodeField(ctx));
        v.put("{postalForm", render("postal-form.html", v));
        ObjectNode data = JSON.objectNode();
        data.put("sku", p.sku());
        data.put("quantity", quantity);
        data.put("lang", language.getLanguage());
        v.put("{data", script(data));
        ctx.html(page("checkout.html", v));
    }

    /** {@code GET /orders/{id}}: the order's promise, kept up to date by polling {@code /api/orders/{id}}. */
    void order(Context ctx) {
        Locale language = Language.of(ctx);
        String id = ctx.pathParam("id");
        if (shop.placedOrder(id).isEmpty()) {
            ctx.status(404).html(errorPage(404, Texts.get(language, "order.unknown") + " " + Echo.escape(id)));
            return;
        }
        Map<String, String> v = common(ctx, language, "/orders/" + id);
        v.put("title", Texts.get(language, "order.title") + " " + id);
        v.put("orderId", id);
        ObjectNode data = JSON.objectNode();
        data.put("orderId", id);
        data.put("lang", language.getLanguage());
        v.put("{data", script(data));
        ctx.html(page("order.html", v));
    }

    /** A page for an error, shown to a browser. */
    static String errorPage(int status, String message) {
        Map<String, String> v = new HashMap<>();
        v.put("status", Integer.toString(status));
        v.put("message", message);
        v.putAll(Texts.all(Locale.FRENCH));
        v.put("title", message);
        v.put("lang", "fr");
        v.put("otherLang", "EN");
        v.put("otherLangHref", "/?lang=en");
        v.put("homeHref", "/");
        v.put("script", "");
        return page("error.html", v);
    }

    /** The values every page has: language, texts, the other language's link. */
    private static Map<String, String> common(Context ctx, Locale language, String path) {
        Map<String, String> v = new HashMap<>(Texts.all(language));
        v.put("lang", language.getLanguage());
        String other = language.getLanguage().equals("fr") ? "en" : "fr";
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        v.put("otherLang", other.toUpperCase(Locale.ROOT));
        v.put("otherLangHref", ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other);
        v.put("homeHref", "/?lang=" + language.getLanguage());
        return v;
    }

    /** JSON for a {@code <script type="application/json">}: no {@code <} left to close the element. */
    private static String script(ObjectNode data) {
        return data.toString().replace("<", "\\u003c");
    }

    /** A page: its template, inside the layout (header, footer, its script). */
    private static String page(String template, Map<String, String> values) {
        values.putIfAbsent("script", template.replace(".html", ""));
        values.putIfAbsent("{data", "{}");
        values.put("{content", render(template, values));
        return render("layout.html", values);
    }

    /** Fills a template: {@code {{name}}} escaped, {@code {{{name}}}} as is (HTML built here); a missing value is an error. */
    static String render(String template, Map<String, String> values) {
        String text = TEMPLATES.computeIfAbsent(template, PageHandlers::load);
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            boolean raw = !m.group(1).isEmpty();
            String key = raw ? "{" + m.group(2) : m.group(2);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template " + template + " has no value for " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(raw ? value : escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String name) {
        try (InputStream in = PageHandlers.class.getResourceAsStream("/storefront/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("storefront/templates/" + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for HTML, in an element or a quoted attribute. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
