package io.promiseengine.quote;

import io.promiseengine.model.Ids;
import io.promiseengine.model.Limits;

import java.util.Objects;

/** A sku and a quantity (in [1, {@link Limits#MAX_QUANTITY}]). */
public record Line(String sku, int quantity) {

    public Line {
        Ids.checkSku("sku", Objects.requireNonNull(sku, "sku"));
        Limits.checkQuantity("quantity", quantity, 1);
    }

    public static Line of(String sku, int quantity) {
        return new Line(sku, quantity);
    }
}
