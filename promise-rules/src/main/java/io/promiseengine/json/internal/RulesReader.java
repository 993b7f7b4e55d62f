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
package io.promiseengine.json.internal;

import io.promiseengine.model.Echo;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Selector;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.builtin.BuiltInRules;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentScore;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a whole {@code promise-rules/1} document: every problem is collected with its path (as for the
 * network document), and a rule set is returned only when there is none.
 */
public final class RulesReader {

    public static final String FORMAT = "promise-rules/1";
    static final List<String> FIELDS = List.of("format", "name", "maxShipments", "shipComplete", "filters", "scores");
    static final Map<String, List<String>> FILTERS = Map.of(
            "excludeKinds", List.of("rule", "method", "kinds"),
            "protectStoreStock", List.of("rule", "keep"),
            "maxDistance", List.of("rule", "km", "methods"),
            "lineAttribute", List.of("rule", "attribute", "above", "equals", "exclude"));
    static final Map<String, List<String>> SCORES = Map.of(
            "perShipment", List.of("rule", "amount"),
            "perKm", List.of("rule", "amount"),
            "storeWorkload", List.of("rule", "amount"),
            "locationPriority", List.of("rule", "order", "step"));

    private final Problems problems = new Problems();
    private final Values values = new Values(problems);

    private RulesReader() {
    }

    /** The rule set the text describes; throws {@link InvalidNetworkException} with every problem in document order. */
    public static RuleSet read(String json) {
        return new RulesReader().document(json);
    }

    private RuleSet document(String json) {
        Node root = TreeReader.read(json, problems, java.util.Set.copyOf(FIELDS));
        if (root == null) {
            throw new InvalidNetworkException(problems.sorted());
        }
        if (!(root instanceof Node.Obj)) {
            problems.add(new At(At.DOCUMENT, 0), "expected a " + FORMAT + " object, was " + root.describe());
            throw new InvalidNetworkException(problems.sorted());
        }
        Fields f = Fields.of(problems, new At("", root.offset()), root, FIELDS);
        String format = f.string("format", true);
        if (format != null && !format.equals(FORMAT)) {
            f.problem("format", "expected " + Echo.quote(FORMAT) + ", was " + Fields.quote(format));
        }
        String name = f.string("name", true);
        if (name != null && name.isEmpty()) {
            f.problem("name", "must not be empty");
        }
        RuleSet.Builder b = RuleSet.builder(name == null || name.isEmpty() ? "?" : name);
        Integer max = f.integer("maxShipments", false, 1);
        if (max != null) {
            b.maxShipments(max);
        }
        Boolean complete = f.bool("shipComplete");
        if (complete != null) {
            b.shipComplete(complete);
        }
        List<LineFilter> filters = f.get("filters", false, (a, n) -> values.list(a, n, this::filter));
        List<ShipmentScore> scores = f.get("scores", false, (a, n) -> values.list(a, n, this::score));
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems.sorted());
        }
        if (filters != null) {
            filters.forEach(b::filter);
        }
        if (scores != null) {
            scores.forEach(b::score);
        }
        return b.build();
    }

    /** The rule's fields, checked against the fields its kind knows; null when the kind is missing or unknown. */
    private Fields rule(At at, Node n, Map<String, List<String>> kinds, String what) {
        if (!(n instanceof Node.Obj obj)) {
            problems.add(at, "expected an object, was " + n.describe());
            return null;
        }
        Node.Member rule = obj.member("rule");
        if (rule == null) {
            problems.add(at.missing("rule"), "missing required field \"rule\"");
            return null;
        }
        At ruleAt = at.key("rule", rule.keyOffset());
        String kind = values.types().string(ruleAt, rule.value());
        if (kind == null) {
            return null;
        }
        List<String> known = kinds.get(kind);
        if (known == null) {
            problems.add(ruleAt, "unknown " + what + " " + Fields.quote(kind) + "; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(kinds.keySet())));
            return null;
        }
        return Fields.of(problems, at, n, known);
    }

    private LineFilter filter(At at, Node n) {
        int before = problems.count();
        Fields f = rule(at, n, FILTERS, "filter");
        if (f == null) {
            return null;
        }
        LineFilter filter = switch (f.string("rule", true)) {
            case "excludeKinds" -> {
                Method method = f.get("method", true, this::method);
                List<LocationKind> kinds = f.get("kinds", true, (a, x) -> values.list(a, x, this::kind));
                yield method == null || kinds == null ? null
                        : BuiltInRules.excludeKinds(method, kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds));
            }
            case "protectStoreStock" -> {
                Integer keep = f.integer("keep", true, 0);
                yield keep == null ? null : BuiltInRules.protectStoreStock(keep);
            }
            case "maxDistance" -> {
                BigDecimal km = positive(f, "km");
                List<Method> methods = f.has("methods") ? f.get("methods", false, (a, x) -> values.list(a, x, this::method)) : List.of();
                yield km == null || methods == null ? null : BuiltInRules.maxDistance(km.doubleValue(), Set.copyOf(methods));
            }
            default -> lineAttribute(f);
        };
        return problems.count() == before ? filter : null;
    }

    private LineFilter lineAttribute(Fields f) {
        String attribute = f.string("attribute", true);
        BigDecimal above = f.decimal("above", false);
        String equalTo = f.string("equals", false);
        if (f.has("above") == f.has("equals")) {
            f.problem("above", "give exactly one of \"above\" (a number) and \"equals\" (a text)");
        }
        List<Selector> exclude = f.get("exclude", true, (a, x) -> values.list(a, x, this::selector));
        if (attribute == null || exclude == null || (above == null && equalTo == null) || (above != null && equalTo != null)) {
            return null;
        }
        return BuiltInRules.lineAttribute(attribute, Optional.ofNullable(above), Optional.ofNullable(equalTo), exclude);
    }

    private ShipmentScore score(At at, Node n) {
        int before = problems.count();
        Fields f = rule(at, n, SCORES, "score");
        if (f == null) {
            return null;
        }
        ShipmentScore score = switch (f.string("rule", true)) {
            case "perShipment" -> amount(f, BuiltInRules::costPerShipment);
            case "perKm" -> amount(f, BuiltInRules::costPerKm);
            case "storeWorkload" -> amount(f, BuiltInRules::storeWorkload);
            default -> {
                List<Selector> order = f.get("order", true, (a, x) -> values.list(a, x, this::selector));
                BigDecimal step = f.has("step") ? nonNegative(f, "step") : BigDecimal.ONE;
                yield order == null || step == null ? null : BuiltInRules.locationPriority(order, step);
            }
        };
        return problems.count() == before ? score : null;
    }

    private ShipmentScore amount(Fields f, java.util.function.Function<BigDecimal, ShipmentScore> make) {
        BigDecimal amount = nonNegative(f, "amount");
        return amount == null ? null : make.apply(amount);
    }

    private BigDecimal nonNegative(Fields f, String name) {
        BigDecimal d = f.decimal(name, true);
        if (d != null && d.signum() < 0) {
            f.problem(name, "must be >= 0, was " + d.toPlainString());
            return null;
        }
        return d;
    }

    private BigDecimal positive(Fields f, String name) {
        BigDecimal d = f.decimal(name, true);
        if (d != null && d.signum() <= 0) {
            f.problem(name, "must be > 0, was " + d.toPlainString());
            return null;
        }
        return d;
    }

    private Method method(At at, Node n) {
        return constant(at, n, Method.class);
    }

    private LocationKind kind(At at, Node n) {
        return constant(at, n, LocationKind.class);
    }

    private <E extends Enum<E>> E constant(At at, Node n, Class<E> type) {
        String s = values.types().string(at, n);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(at, "unknown " + type.getSimpleName() + " " + Fields.quote(s) + "; expected one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private Selector selector(At at, Node n) {
        String s = values.types().string(at, n);
        if (s == null) {
            return null;
        }
        try {
            return Selector.parse(s);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }
}
