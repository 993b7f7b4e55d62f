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

/** A request refused: the message names the field ({@code lines[0].quantity}, {@code destination}, ...). */
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The path of the refused field.
     */
    private final String field;

    /**
     * A refusal of a field.
     *
     * @param field the path of the refused field ({@code lines[2].quantity})
     * @param message why, with the value
     */
    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /**
     * The path of the refused field.
     *
     * @return the path
     */
    public String field() {
        return field;
    }
}
