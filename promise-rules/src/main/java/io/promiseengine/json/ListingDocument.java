package io.promiseengine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The listing documents (issue 7; not in spec version 1, documented in {@code docs/LISTING-FORMAT.md}).
 *
 * <p>A listing request is a quote request (spec 3) with {@code skus}, a non-empty list of skus, in place of
 * {@code lines}, and without {@code maxShipments} or {@code explain}: every other field reads and is
 * refused exactly as in {@link RequestDocument}. The answer writes, per sku in request order,
 * {@code sku}, {@code collectStores} and the best {@code homeDelivery}, {@code courier} and
 * {@code collect} options (each absent when there is none) in the layout of a quote response's options, and
 * {@code scheduled}: the SCHEDULED option listing the first window the product can make.
 */
public final class ListingDocument {

    /** The fields of a listing request, in the order the unknown-field message lists them. */
    private static final List<String> FIELDS = List.of("at", "collectAt", "confidence", "destination", "methods", "skus");

    private ListingDocument() {
    }

    /** Reads and checks a listing request; throws {@link InvalidRequestException} naming the field. */
    public static ListingRequest read(String json) {
        JsonNode root = RequestDocument.tree(json); // the limits, the byte-order mark and the syntax as for a quote
        if (!root.isObject()) {
            throw new InvalidRequestException("request", "must be a JSON object");
        }
        ObjectNode object = (ObjectNode) root;
        for (String field : List.of("lines", "maxShipments", "explain")) {
            if (object.has(field)) {
                throw new InvalidRequestException(field, "unknown field (a listing has skus, one unit each)");
            }
        }
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidRequestException(Echo.key(name), "unknown field, expected one of " + FIELDS);
            }
        }
        JsonNode skus = object.get("skus");
        if (skus == null) {
            throw new InvalidRequestException("skus", "required");
        }
        if (!skus.isArray() || skus.isEmpty()) {
            throw new InvalidRequestException("skus", "must be a non-empty list of skus");
        }
        if (skus.size() > Limits.MAX_LISTING_SKUS) {
            throw new InvalidRequestException("skus", "at most " + Limits.MAX_LISTING_SKUS + " skus, was " + skus.size());
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            JsonNode s = skus.get(i);
            if (!s.isTextual() || s.asText().isEmpty()) {
                throw new InvalidRequestException("skus[" + i + "]", "must be a non-empty string");
            }
            String why = Limits.whyNotText(s.asText(), Limits.MAX_ID_LENGTH);
            if (why != null) {
                throw new InvalidRequestException("skus[" + i + "]", why);
            }
            list.add(s.asText());
        }
        // everything else is a quote request's: read it as one, with a placeholder line
        ObjectNode asQuote = object.deepCopy();
        asQuote.remove("skus");
        ArrayNode lines = asQuote.putArray("lines");
        lines.addObject().put("sku", list.get(0)).put("quantity", 1);
        QuoteRequest q = RequestDocument.read(asQuote.toString());
        return new ListingRequest(q.at(), q.destination(), list, q.confidence(), q.methods(), q.methodsGiven(),
                q.collectAt(), q.collectAtGiven());
    }

    public static ListingRequest read(Path file) {
        try {
            return read(RequestDocument.readFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listing answer, keys sorted as in a quote response. */
    public static String write(Listing listing) {
        Objects.requireNonNull(listing, "listing");
        SortedMap<String, Object> root = new TreeMap<>();
        root.put("at", ResponseDocument.instant(listing.at(), listing.zone()));
        List<Object> badges = new ArrayList<>();
        for (Badge b : listing.badges()) {
            SortedMap<String, Object> m = new TreeMap<>();
            m.put("sku", b.sku());
            m.put("collectStores", b.collectStores());
            put(m, "homeDelivery", b.homeDelivery(), listing);
            put(m, "courier", b.courier(), listing);
            put(m, "collect", b.collect(), listing);
            put(m, "scheduled", b.scheduled(), listing);
            badges.add(m);
        }
        root.put("badges", badges);
        return JsonText.write(root);
    }

    private static void put(SortedMap<String, Object> m, String key, Optional<PromiseOption> o, Listing listing) {
        o.ifPresent(option -> m.put(key, ResponseDocument.option(option, listing.zone())));
    }
}
