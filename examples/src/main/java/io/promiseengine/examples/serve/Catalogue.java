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

import io.promiseengine.model.Echo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The products a storefront shows: names, descriptions and prices in French and English. The demo's is
 * {@code storefront/catalogue.json} in the jar ({@link #demo()}), one product per sku of the France demo
 * network.
 */
public final class Catalogue {

    /**
     * One product.
     *
     * @param sku the sku the engine knows
     * @param names the name per language ({@code fr}, {@code en})
     * @param descriptions the description per language
     * @param price the price in the catalogue's currency
     * @param colour the colour of its picture, as CSS ({@code #1f4e79})
     */
    public record Product(String sku, Map<String, String> names, Map<String, String> descriptions, BigDecimal price,
                          String colour) {

        public Product {
            Objects.requireNonNull(sku, "sku");
            names = Map.copyOf(names);
            descriptions = Map.copyOf(descriptions);
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(colour, "colour");
        }

        /** The name in a language, the French one when there is none. */
        public String name(Locale language) {
            return names.getOrDefault(language.getLanguage(), names.getOrDefault("fr", sku));
        }

        /** The description in a language, the French one when there is none. */
        public String description(Locale language) {
            return descriptions.getOrDefault(language.getLanguage(), descriptions.getOrDefault("fr", ""));
        }
    }

    private final String currency;
    private final Map<String, Product> products;

    public Catalogue(String currency, List<Product> products) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Map<String, Product> bySku = new LinkedHashMap<>();
        for (Product p : products) {
            if (bySku.put(p.sku(), p) != null) {
                throw new IllegalArgumentException("products: sku " + Echo.quote(p.sku()) + " is listed twice");
            }
        }
        this.products = bySku;
    }

    /** The demo catalogue bundled in the jar. */
    public static Catalogue demo() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/storefront/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("storefront/catalogue.json is not on the classpath");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalogue read(JsonNode root) {
        List<Product> products = new ArrayList<>();
        for (JsonNode p : root.get("products")) {
            products.add(new Product(p.get("sku").asText(), texts(p.get("name")), texts(p.get("description")),
                    new BigDecimal(p.get("price").asText()), p.get("colour").asText()));
        }
        return new Catalogue(root.get("currency").asText(), products);
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        return texts;
    }

    /** The ISO 4217 code of the prices ({@code EUR}). */
    public String currency() {
        return currency;
    }

    public Optional<Product> product(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /** Every product, in the catalogue's order. */
    public List<Product> products() {
        return List.copyOf(products.values());
    }
}
