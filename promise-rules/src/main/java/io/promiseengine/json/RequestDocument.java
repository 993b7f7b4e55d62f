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
package io.promiseengine.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.promiseengine.json.internal.FieldNames;
import io.promiseengine.json.internal.JsonInput;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request document of spec 3.
 *
 * <pre>{@code
 * { "at": "2026-09-17T14:30:00+02:00",
 *   "destination": { "postalCode": "75015", "position": { "lat": 48.84, "lon": 2.29 } },
 *   "lines": [ { "sku": "TSHIRT-M", "quantity": 2 } ],
 *   "confidence": 0.95, "methods": ["HOME_DELIVERY", "COURIER", "COLLECT"],
 *   "collectAt": ["store-paris-7"], "maxShipments": 2, "explain": true }
 * }</pre>
 *
 * <p>{@code maxWindows} (6 by default, an integer {@code >= 1}) is how many windows a SCHEDULED option lists.
 *
 * <p>{@link #read(String)} refuses a bad request with an {@link InvalidRequestException} whose
 * {@link InvalidRequestException#field() field} is the JSON path of the first problem ({@code at},
 * {@code destination.position.lat}, {@code lines[0].quantity}, {@code methods[1]}); its message lists every
 * problem found. Unknown fields, keys named twice, wrong JSON types and {@code null} are problems. What only
 * the network can tell (an unknown {@code collectAt} id, a method that needs a position) is left to
 * {@link io.promiseengine.quote.PromiseCalculator#quote}.
 */
public final class RequestDocument {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonInput.factory(DocumentLimits.MAX_REQUEST_LENGTH))
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private static final Set<String> FIELDS = Set.of("at", "destination", "lines", "confidence", "methods",
            "collectAt", "maxShipments", "maxWindows", "explain");
    private static final Set<String> DESTINATION_FIELDS = Set.of("postalCode", "position");
    private static final Set<String> POSITION_FIELDS = Set.of("lat", "lon");
    private static final Set<String> LINE_FIELDS = Set.of("sku", "quantity");

    private RequestDocument() {
    }

    /**
     * Reads and validates a request document.
     *
     * @param json the document
     * @return the request
     * @throws InvalidRequestException naming the first field refused
     * @throws NullPointerException when {@code json} is null
     */
    public static QuoteRequest read(String json) {
        return new Reading().request(tree(json));
    }

    /**
     * The JSON tree of a request document (quote or listing): a leading byte-order mark ignored, a document of
     * more than {@link DocumentLimits#MAX_REQUEST_LENGTH} characters refused unread, the limits of
     * {@link DocumentLimits} checked while parsing; keys named twice and syntax errors refused with their path.
     */
    static JsonNode tree(String json) {
        String text = JsonInput.withoutBom(Objects.requireNonNull(json, "json"));
        var tooLong = JsonInput.tooLong(text.length(), DocumentLimits.MAX_REQUEST_LENGTH, "characters");
        if (tooLong.isPresent()) {
            throw new InvalidRequestException("request", tooLong.get());
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequestException("request", "not valid JSON: the document is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw refused(e);
        }
    }

    /**
     * Reads and validates a request document; the reader is not closed.
     *
     * @param json the document
     * @return the request
     * @throws InvalidRequestException naming the first field refused, or the request when it is longer than {@link
     *         DocumentLimits#MAX_REQUEST_LENGTH}
     * @throws java.io.UncheckedIOException when the reader fails
     * @throws NullPointerException when {@code json} is null
     */
    public static QuoteRequest read(Reader json) {
        Objects.requireNonNull(json, "json");
        return read(JsonInput.read(json, DocumentLimits.MAX_REQUEST_LENGTH)); // past the limit: refused unread
    }

    /**
     * Reads and validates a request document from a UTF-8 file.
     *
     * @param file the document's file
     * @return the request
     * @throws IOException when the file cannot be read
     * @throws InvalidRequestException naming the first field refused, or the request when the file has more than
     *         {@link DocumentLimits#MAX_REQUEST_LENGTH} bytes (refused unread)
     * @throws NullPointerException when {@code file} is null
     */
    public static QuoteRequest read(Path file) throws IOException {
        return read(readFile(Objects.requireNonNull(file, "file")));
    }

    /** A request file's text; one of more than {@link DocumentLimits#MAX_REQUEST_LENGTH} bytes is refused unread. */
    static String readFile(Path file) throws IOException {
        Optional<String> text = JsonInput.readFile(file, DocumentLimits.MAX_REQUEST_LENGTH);
        if (text.isEmpty()) {
            throw new InvalidRequestException("request", JsonInput.tooLongFile(file, DocumentLimits.MAX_REQUEST_LENGTH));
        }
        return text.get();
    }

    /**
     * The request as a document that {@link #read(String)} reads back as an equal request: every field
     * written, {@code at} in UTC ({@code +00:00}), {@code methods} and {@code collectAt} only when the
     * request named them, {@code maxWindows} only when it is not the default 6, lines as merged.
     *
     * @param request the request
     * @return the document
     */
    public static String write(QuoteRequest request) {
        Objects.requireNonNull(request, "request");
        SortedMap<String, Object> root = new TreeMap<>();
        root.put("at", ResponseDocument.instant(request.at(), ZoneOffset.UTC));
        SortedMap<String, Object> destination = new TreeMap<>();
        if (!request.destination().postalCode().isEmpty()) {
            destination.put("postalCode", request.destination().postalCode());
        }
        request.destination().position().ifPresent(p -> {
            SortedMap<String, Object> position = new TreeMap<>();
            position.put("lat", new JsonText.Raw(Decimals.shortest(p.lat())));
            position.put("lon", new JsonText.Raw(Decimals.shortest(p.lon())));
            destination.put("position", position);
        });
        root.put("destination", destination);
        List<Object> lines = new ArrayList<>();
        for (Line l : request.lines()) {
            lines.add(ResponseDocument.line(l));
        }
        root.put("lines", lines);
        root.put("confidence", new JsonText.Raw(Decimals.shortest(request.confidence())));
        if (request.methodsGiven()) {
            List<Object> methods = new ArrayList<>();
            for (Method m : request.methods()) {
                methods.add(m.name());
            }
            root.put("methods", methods);
        }
        if (request.collectAtGiven()) {
            root.put("collectAt", new ArrayList<Object>(request.collectAt()));
        }
        root.put("maxShipments", request.maxShipments());
        if (request.maxWindows() != QuoteRequest.DEFAULT_MAX_WINDOWS) {
            root.put("maxWindows", request.maxWindows());
        }
        root.put("explain", request.explain());
        return JsonText.write(root);
    }

    /** A syntax error or a key named twice, at the path where the parser stood. */
    private static InvalidRequestException refused(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new InvalidRequestException("request", "a limit of docs/LIMITS.md is passed: " + message);
        }
        String path = "";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            String field = path.isEmpty() ? Echo.key(key) : path + "." + Echo.key(key);
            return new InvalidRequestException(field, "named twice");
        }
        return new InvalidRequestException(path.isEmpty() ? "request" : path, "not valid JSON: " + Echo.escape(message));
    }

    /** The path of the object or array a parsing context stands for. */
    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && c.getParent() != null; c = c.getParent()) {
            JsonStreamContext parent = c.getParent();
            if (parent.inObject() && parent.getCurrentName() != null) {
                path.insert(0, "." + Echo.key(parent.getCurrentName()));
            } else if (parent.inArray()) {
                path.insert(0, "[" + parent.getCurrentIndex() + "]");
            }
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    /** One reading: collects every problem, then refuses with the first one's path. */
    private static final class Reading {

        private final Map<String, String> problems = new LinkedHashMap<>();

        QuoteRequest request(JsonNode root) {
            if (!root.isObject()) {
                throw new InvalidRequestException("request", "must be a JSON object, was " + type(root));
            }
            unknownFields(root, "", FIELDS);
            Instant at = at(root.get("at"));
            Destination destination = destination(root.get("destination"));
            List<Line> lines = lines(root.get("lines"));
            double confidence = confidence(root.get("confidence"));
            JsonNode methodsNode = root.get("methods");
            Set<Method> methods = methods(methodsNode);
            JsonNode collectAtNode = root.get("collectAt");
            List<String> collectAt = collectAt(collectAtNode);
            int maxShipments = root.has("maxShipments") ? integer(root.get("maxShipments"), "maxShipments") : 1;
            int maxWindows = root.has("maxWindows") ? integer(root.get("maxWindows"), "maxWindows")
                    : QuoteRequest.DEFAULT_MAX_WINDOWS;
            boolean explain = explain(root.get("explain"));
            if (!problems.isEmpty()) {
                Map.Entry<String, String> first = problems.entrySet().iterator().next();
                StringBuilder message = new StringBuilder(first.getValue());
                problems.entrySet().stream().skip(1)
                        .forEach(p -> message.append("; ").append(p.getKey()).append(": ").append(p.getValue()));
                throw new InvalidRequestException(first.getKey(), message.toString());
            }
            QuoteRequest.Builder builder = QuoteRequest.builder(at, destination).lines(lines)
                    .confidence(confidence).maxShipments(maxShipments).maxWindows(maxWindows).explain(explain);
            if (methodsNode != null) {
                builder.methods(methods);
            }
            if (collectAtNode != null) {
                builder.collectAt(collectAt);
            }
            try {
                return builder.build();
            } catch (InvalidRequestException e) {
                throw e;
            } catch (IllegalArgumentException e) { // every rule is checked above: a safety net, never a stack trace
                throw new InvalidRequestException("request", e.getMessage());
            }
        }

        private void problem(String field, String message) {
            problems.putIfAbsent(field, message);
        }

        private void unknownFields(JsonNode object, String prefix, Set<String> known) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    String near = FieldNames.nearest(name, known);
                    problem(prefix + Echo.key(name), "unknown field" + (near == null ? "" : "; did you mean " + near + "?")
                            + ", expected one of " + new TreeSet<>(known));
                }
            }
        }

        private Instant at(JsonNode node) {
            if (node == null) {
                problem("at", "required: the order instant, as 2026-09-17T14:30:00+02:00");
                return Instant.EPOCH;
            }
            if (!node.isTextual()) {
                problem("at", "must be a string such as 2026-09-17T14:30:00+02:00, was " + type(node));
                return Instant.EPOCH;
            }
            String text = node.textValue();
            try {
                // a fraction of a second (JavaScript's toISOString() writes .000) is dropped: the engine counts whole seconds
                OffsetDateTime parsed = OffsetDateTime.parse(text);
                if (!Limits.inRange(parsed.toInstant())) {
                    problem("at", Limits.instantRange() + ", was " + Echo.quote(text));
                    return Instant.EPOCH;
                }
                return parsed.toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException e) {
                problem("at", "must be a date-time with an offset such as 2026-09-17T14:30:00+02:00, was "
                        + Echo.quote(text));
                return Instant.EPOCH;
            }
        }

        private Destination destination(JsonNode node) {
            Destination fallback = Destination.postalCode("?");
            if (node == null) {
                problem("destination", "required: a postalCode, a position, or both");
                return fallback;
            }
            if (!node.isObject()) {
                problem("destination", "must be an object with a postalCode, a position, or both, was " + type(node));
                return fallback;
            }
            unknownFields(node, "destination.", DESTINATION_FIELDS);
            String postalCode = "";
            JsonNode code = node.get("postalCode");
            if (code != null) {
                if (!code.isTextual()) {
                    problem("destination.postalCode", "must be a string, was " + type(code));
                } else if (code.textValue().isEmpty()) {
                    problem("destination.postalCode", "must not be empty");
                } else if (Limits.whyNotText(code.textValue(), Limits.MAX_POSTAL_CODE_LENGTH) != null) {
                    problem("destination.postalCode", Limits.whyNotText(code.textValue(), Limits.MAX_POSTAL_CODE_LENGTH));
                } else {
                    postalCode = code.textValue();
                }
            }
            Optional<Position> position = Optional.empty();
            JsonNode pos = node.get("position");
            if (pos != null) {
                if (!pos.isObject()) {
                    problem("destination.position", "must be an object {\"lat\": ..., \"lon\": ...}, was " + type(pos));
                } else {
                    unknownFields(pos, "destination.position.", POSITION_FIELDS);
                    double lat = coordinate(pos.get("lat"), "destination.position.lat", 90);
                    double lon = coordinate(pos.get("lon"), "destination.position.lon", 180);
                    if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
                        position = Optional.of(Position.of(lat, lon));
                    }
                }
            }
            if (code == null && pos == null) {
                problem("destination", "needs a postalCode, a position, or both");
            }
            if (postalCode.isEmpty() && position.isEmpty()) {
                return fallback; // a problem was recorded above
            }
            return new Destination(postalCode, position);
        }

        private double coordinate(JsonNode node, String field, int limit) {
            if (node == null) {
                problem(field, "required");
                return Double.NaN;
            }
            if (!node.isNumber()) {
                problem(field, "must be a number, was " + type(node));
                return Double.NaN;
            }
            double value = node.doubleValue();
            if (!(value >= -limit && value <= limit)) {
                problem(field, "must be in [-" + limit + ", " + limit + "], was " + node.asText());
                return Double.NaN;
            }
            return value;
        }

        private List<Line> lines(JsonNode node) {
            List<Line> lines = new ArrayList<>();
            if (node == null) {
                problem("lines", "required: at least one {\"sku\": ..., \"quantity\": ...}");
                return lines;
            }
            if (!node.isArray()) {
                problem("lines", "must be an array of lines, was " + type(node));
                return lines;
            }
            if (node.isEmpty()) {
                problem("lines", "at least one line is needed");
                return lines;
            }
            Map<String, Long> merged = new LinkedHashMap<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "lines[" + i + "]";
                JsonNode line = node.get(i);
                if (!line.isObject()) {
                    problem(path, "must be an object {\"sku\": ..., \"quantity\": ...}, was " + type(line));
                    continue;
                }
                unknownFields(line, path + ".", LINE_FIELDS);
                JsonNode sku = line.get("sku");
                String skuText = null;
                if (sku == null) {
                    problem(path + ".sku", "required");
                } else if (!sku.isTextual()) {
                    problem(path + ".sku", "must be a string, was " + type(sku));
                } else if (sku.textValue().isEmpty()) {
                    problem(path + ".sku", "must not be empty");
                } else if (Limits.whyNotText(sku.textValue(), Limits.MAX_ID_LENGTH) != null) {
                    problem(path + ".sku", Limits.whyNotText(sku.textValue(), Limits.MAX_ID_LENGTH));
                } else {
                    skuText = sku.textValue();
                }
                JsonNode quantity = line.get("quantity");
                int q = 0;
                if (quantity == null) {
                    problem(path + ".quantity", "required");
                } else {
                    q = integer(quantity, path + ".quantity");
                }
                if (skuText != null && q >= 1) {
                    merged.merge(skuText, (long) q, Long::sum);
                }
            }
            // spec 3: lines naming the same sku are merged, in the order of first appearance
            if (merged.size() > Limits.MAX_LINES) {
                problem("lines", "at most " + Limits.MAX_LINES + " distinct skus, was " + merged.size());
                return lines;
            }
            merged.forEach((sku, q) -> {
                if (q > Limits.MAX_QUANTITY) {
                    problem("lines", "the quantities of " + Echo.quote(sku) + " add up to " + q + ", more than "
                            + Limits.MAX_QUANTITY);
                } else {
                    lines.add(Line.of(sku, q.intValue()));
                }
            });
            return lines;
        }

        /** An integer in [1, {@link Limits#MAX_QUANTITY}]; a number written with a zero fraction ({@code 2.0}, {@code 1e1}) counts. */
        private int integer(JsonNode node, String field) {
            if (!node.isNumber()) {
                problem(field, "must be an integer >= 1, was " + type(node));
                return 0;
            }
            java.math.BigDecimal value = node.decimalValue();
            if (value.signum() <= 0) {
                problem(field, "must be >= 1, was " + node.asText());
                return 0;
            }
            // digits before the point, without expanding a huge exponent
            if (value.precision() - value.scale() > 10) {
                problem(field, "must be at most " + Limits.MAX_QUANTITY + ", was " + Echo.escape(node.asText()));
                return 0;
            }
            java.math.BigDecimal whole = value.stripTrailingZeros();
            if (whole.scale() > 0) {
                problem(field, "must be an integer >= 1, was " + node.asText());
                return 0;
            }
            if (whole.compareTo(java.math.BigDecimal.valueOf(Limits.MAX_QUANTITY)) > 0) {
                problem(field, "must be at most " + Limits.MAX_QUANTITY + ", was " + Echo.escape(node.asText()));
                return 0;
            }
            return whole.intValueExact();
        }

        private double confidence(JsonNode node) {
            if (node == null) {
                return 0.95;
            }
            if (!node.isNumber()) {
                problem("confidence", "must be a number in (0, 1], was " + type(node));
                return 0.95;
            }
            double value = node.doubleValue();
            if (!(value > 0 && value <= 1)) {
                problem("confidence", "must be in (0, 1], was " + node.asText());
                return 0.95;
            }
            return value;
        }

        private Set<Method> methods(JsonNode node) {
            Set<Method> methods = EnumSet.noneOf(Method.class);
            if (node == null) {
                return EnumSet.allOf(Method.class);
            }
            if (!node.isArray()) {
                problem("methods", "must be an array of COLLECT, COURIER, HOME_DELIVERY, SCHEDULED, was " + type(node));
                return methods;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode m = node.get(i);
                String path = "methods[" + i + "]";
                if (!m.isTextual()) {
                    problem(path, "must be a string, was " + type(m));
                    continue;
                }
                try {
                    methods.add(Method.valueOf(m.textValue())); // duplicates ignored (spec 3)
                } catch (IllegalArgumentException e) {
                    problem(path, "unknown method " + Echo.quote(m.textValue()) + ", expected COLLECT, COURIER, HOME_DELIVERY or SCHEDULED");
                }
            }
            return methods;
        }

        private List<String> collectAt(JsonNode node) {
            List<String> ids = new ArrayList<>();
            if (node == null) {
                return ids;
            }
            if (!node.isArray()) {
                problem("collectAt", "must be an array of location ids, was " + type(node));
                return ids;
            }
            if (node.size() > Limits.MAX_COLLECT_AT) {
                problem("collectAt", "at most " + Limits.MAX_COLLECT_AT + " stores, was " + node.size());
                return ids;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode id = node.get(i);
                String path = "collectAt[" + i + "]";
                if (!id.isTextual()) {
                    problem(path, "must be a location id (a string), was " + type(id));
                } else if (id.textValue().isEmpty()) {
                    problem(path, "must not be empty");
                } else if (Limits.whyNotText(id.textValue(), Limits.MAX_ID_LENGTH) != null) {
                    problem(path, Limits.whyNotText(id.textValue(), Limits.MAX_ID_LENGTH));
                } else {
                    ids.add(id.textValue());
                }
            }
            return ids;
        }

        private boolean explain(JsonNode node) {
            if (node == null) {
                return false;
            }
            if (!node.isBoolean()) {
                problem("explain", "must be true or false, was " + type(node));
                return false;
            }
            return node.booleanValue();
        }

        private static String type(JsonNode node) {
            return switch (node.getNodeType()) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
            };
        }
    }
}
