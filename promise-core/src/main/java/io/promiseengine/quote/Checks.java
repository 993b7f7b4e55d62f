package io.promiseengine.quote;

import io.promiseengine.model.Ids;
import io.promiseengine.model.Limits;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The checks quote and listing requests share, refusing with the request's field (docs/LIMITS.md). */
final class Checks {

    private Checks() {
    }

    /** The order instant, within the model's bounds. */
    static Instant at(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!Limits.inRange(at)) {
            throw new InvalidRequestException("at", Limits.instantRange() + ", was " + at);
        }
        return at;
    }

    static String sku(String field, String sku) {
        try {
            return Ids.checkSku("sku", sku);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage().substring("sku ".length()));
        }
    }

    /** The collect stores named: at most {@link Limits#MAX_COLLECT_AT}, each a possible location id. */
    static List<String> collectAt(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        if (copy.size() > Limits.MAX_COLLECT_AT) {
            throw new InvalidRequestException("collectAt", "at most " + Limits.MAX_COLLECT_AT + " stores, was " + copy.size());
        }
        for (int i = 0; i < copy.size(); i++) {
            try {
                Limits.checkText("id", copy.get(i), Limits.MAX_ID_LENGTH);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("collectAt[" + i + "]", e.getMessage().substring("id ".length()));
            }
        }
        return copy;
    }
}
