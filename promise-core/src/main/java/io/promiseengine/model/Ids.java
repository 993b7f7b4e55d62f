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
package io.promiseengine.model;

/** The rule for ids of locations and services (spec 2.1), and for skus. */
public final class Ids {

    private Ids() {
    }

    /**
     * Returns the id, or throws naming the field when it is empty, {@code *}, starts with {@code kind:} or is
     * longer than {@link Limits#MAX_ID_LENGTH}.
     *
     * @param field the field's name in the refusal
     * @param id the id
     * @return {@code id}
     * @throws IllegalArgumentException when the id is not valid
     * @throws NullPointerException when {@code id} is null
     */
    public static String check(String field, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (id.equals("*") || id.startsWith("kind:")) {
            throw new IllegalArgumentException(field + " must not be \"*\" or start with \"kind:\", was " + Echo.quote(id));
        }
        return Limits.checkText(field, id, Limits.MAX_ID_LENGTH);
    }

    /**
     * Returns the sku, or throws naming the field when it is empty or longer than {@link Limits#MAX_ID_LENGTH}.
     *
     * @param field the field's name in the refusal
     * @param sku the sku
     * @return {@code sku}
     * @throws IllegalArgumentException when the sku is not valid
     * @throws NullPointerException when {@code sku} is null
     */
    public static String checkSku(String field, String sku) {
        if (sku == null || sku.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return Limits.checkText(field, sku, Limits.MAX_ID_LENGTH);
    }
}
