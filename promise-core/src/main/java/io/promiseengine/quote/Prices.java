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
package io.promiseengine.quote;

import io.promiseengine.model.Echo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one catalogue writes a price: the amount rounded to the currency's minor unit (half even), its digits
 * grouped by three with {@code number.group} and its decimals after {@code number.decimal}, placed in the
 * {@code price} template with the currency's symbol from {@code currency.symbols}, or in the {@code price.code}
 * template with its ISO code when the catalogue lists no symbol for it; a zero amount is {@code price.free}. Nothing comes from the JDK's locale data, whose symbols and
 * separators change between versions: the same catalogue writes the same text. Immutable.
 */
final class Prices {

    private final MessageTemplate price;
    private final MessageTemplate priceCode;
    private final String free;
    private final String decimal;
    private final String group;
    private final Map<String, String> symbols;

    Prices(MessageTemplate price, MessageTemplate priceCode, MessageTemplate free, MessageTemplate decimal, MessageTemplate group, String symbols) {
        this.price = price;
        this.priceCode = priceCode;
        this.free = free.render();
        this.decimal = decimal.render();
        this.group = group.render();
        this.symbols = symbols(Wording.CURRENCY_SYMBOLS, symbols);
    }

    /**
     * Reads {@code EUR €, GBP £}: comma-separated pairs of a three-letter code and a symbol.
     *
     * @throws IllegalArgumentException naming the key, the text and the pair that is wrong
     */
    static Map<String, String> symbols(Wording wording, String text) {
        Map<String, String> symbols = new LinkedHashMap<>();
        if (text.isBlank()) {
            return Collections.unmodifiableMap(symbols);
        }
        for (String pair : text.split(",", -1)) {
            String p = pair.strip();
            int space = p.indexOf(' ');
            String code = space < 0 ? p : p.substring(0, space);
            String symbol = space < 0 ? "" : p.substring(space + 1).strip();
            if (!code.matches("[A-Z]{3}") || symbol.isEmpty() || symbols.put(code, symbol) != null) {
                throw new IllegalArgumentException("wording " + wording.key + " " + Echo.quote(text) + ": " + Echo.quote(p)
                        + " is not an ISO 4217 code and a symbol (such as \"EUR €\"), or names its code twice");
            }
        }
        return Collections.unmodifiableMap(symbols);
    }

    String format(BigDecimal amount, Currency currency) {
        if (amount.signum() == 0) {
            return free;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits()); // -1 for pseudo-currencies such as XAU
        String plain = amount.abs().setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder s = new StringBuilder(amount.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append(group);
            }
            s.append(whole.charAt(i));
        }
        if (point >= 0) {
            s.append(decimal).append(plain, point + 1, plain.length());
        }
        String code = currency.getCurrencyCode();
        String symbol = symbols.get(code);
        return symbol == null ? priceCode.render(s.toString(), code) : price.render(s.toString(), symbol);
    }
}
