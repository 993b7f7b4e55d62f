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
package io.promiseengine.events;

import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A captured order whose promise could not be kept: what it was, what it is now, and why. What an order
 * management system turns into an e-mail:
 *
 * <pre>{@code
 * change.message(Locale.FRENCH);   // "Votre commande arrivera le lundi 21 septembre au lieu du samedi 19"
 * change.message(Locale.ENGLISH);  // "Your order will arrive on Monday 21 September instead of Saturday 19"
 * }</pre>
 *
 * @param orderId the order
 * @param previous the promise that could not be kept
 * @param promise the new promise (same method and service, or same collect store); empty when none can be
 *                made any more: the order's holds are then released and the tracker no longer follows it
 * @param cause the event that broke the promise
 */
public record PromiseChange(String orderId, PromiseOption previous, Optional<PromiseOption> promise, PromiseEvent cause)
        implements PromiseNotice {

    /**
     * Checks the parts.
     *
     * @param orderId the order
     * @param previous the promise that could not be kept
     * @param promise the new promise (same method and service, or same collect store); empty when none can be made
     *        any more: the order's holds are then released and the tracker no longer follows it
     * @param cause the event that broke the promise
     * @throws NullPointerException when a part is null
     */
    public PromiseChange {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * The sentence for the customer in the locale's language: French, English, German, Spanish, Italian or
     * Dutch, English for any other ({@link PromiseMessages#of}); a retailer's own wording comes from
     * {@code PromiseMessages.builder(locale)...build().change(previous(), promise())}.
     *
     * @param locale the customer's locale
     * @return the sentence
     */
    public String message(Locale locale) {
        return PromiseMessages.of(locale).change(previous, promise);
    }
}
