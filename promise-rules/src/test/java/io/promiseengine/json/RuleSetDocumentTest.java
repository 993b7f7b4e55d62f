package io.promiseengine.json;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetDocumentTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    static RuleSet example(String name) throws IOException {
        return RuleSetDocument.read(EXAMPLES.resolve("rules").resolve(name + ".json"));
    }

    @Test
    void theExamplesReadAsTheBuiltInRulesTheyName() throws IOException {
        RuleSet stores = example("stores-first");
        assertThat(stores.name()).isEqualTo("stores-first");
        assertThat(stores.maxShipments()).isEqualTo(2);
        assertThat(stores.filters()).hasSize(3).first()
                .isEqualTo(BuiltInRules.excludeKinds(Method.COURIER, java.util.Set.of(io.promiseengine.model.LocationKind.WAREHOUSE)));
        assertThat(stores.scores()).hasSize(3);
        RuleSet warehouses = example("warehouses-first");
        assertThat(warehouses.filters()).first().isEqualTo(BuiltInRules.protectStoreStock(2));
        assertThat(warehouses.scores()).first().isEqualTo(BuiltInRules.costPerShipment(new java.math.BigDecimal("3.5")));
    }

    @Test
    void aDocumentIsRefusedWholeWithEveryProblemAndItsPath() {
        String json = """
                { "format": "promise-rules/2", "maxShipments": 0, "colour": "red",
                  "filters": [ { "rule": "protectStoreStock", "keep": -1 },
                               { "rule": "teleport" },
                               { "rule": "excludeKinds", "method": "BIKE", "kinds": ["SHOP"] },
                               { "rule": "lineAttribute", "attribute": "weightKg", "exclude": ["kind:STORE"] },
                               { "keep": 2 } ],
                  "scores": [ { "rule": "perKm", "amount": -0.1, "extra": 1 },
                              { "rule": "locationPriority", "order": ["kind:CASTLE"] } ] }
                """;
        assertThatThrownBy(() -> RuleSetDocument.read(json)).isInstanceOf(InvalidNetworkException.class)
                .satisfies(e -> assertThat(((InvalidNetworkException) e).problems()).extracting(Problem::toString).containsExactly(
                        "name: missing required field \"name\"",
                        "format: expected \"promise-rules/1\", was \"promise-rules/2\"",
                        "maxShipments: must be an integer >= 1, was 0",
                        "colour: unknown field",
                        "filters[0].keep: must be an integer >= 0, was -1",
                        "filters[1].rule: unknown filter \"teleport\"; expected one of excludeKinds, lineAttribute, maxDistance, protectStoreStock",
                        "filters[2].method: unknown Method \"BIKE\"; expected one of [COLLECT, COURIER, HOME_DELIVERY, SCHEDULED]",
                        "filters[2].kinds[0]: unknown LocationKind \"SHOP\"; expected one of [WAREHOUSE, STORE, DARK_STORE]",
                        "filters[3].above: give exactly one of \"above\" (a number) and \"equals\" (a text)",
                        "filters[4].rule: missing required field \"rule\"",
                        "scores[0].amount: must be >= 0, was -0.1",
                        "scores[0].extra: unknown field",
                        "scores[1].order[0]: unknown location kind \"CASTLE\" in selector \"kind:CASTLE\", expected WAREHOUSE, STORE or DARK_STORE"));
    }

    @Test
    void theTwoExampleRuleSetsPlanTheSameOrderDifferently() throws IOException {
        Network network = NetworkDocument.read(EXAMPLES.resolve("networks").resolve("france-demo.json"));
        PromiseEngine engine = PromiseEngine.builder(network)
                .clock(Clock.fixed(Instant.parse("2026-09-16T08:00:00Z"), ZoneOffset.UTC)).build();
        QuoteRequest request = QuoteRequest.builder(Instant.parse("2026-09-16T08:00:00Z"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 1).methods(Method.HOME_DELIVERY).build();
        Order order = Order.of("order-1", request).withAttributes("TSHIRT-M", Map.of("weightKg", "0.2", "category", "apparel"));
        String[] origins = new String[2];
        String[] rules = {"stores-first", "warehouses-first"};
        for (int i = 0; i < 2; i++) {
            RuleSet ruleSet = example(rules[i]);
            PromiseOption std = engine.quote(order, ruleSet).options().stream()
                    .filter(o -> o.service().equals("std")).findFirst().orElseThrow();
            PlanResult plan = engine.planner(ruleSet).plan(order, std);
            Fulfilment f = plan.fulfilment().orElseThrow(() -> new AssertionError(plan.reason()));
            origins[i] = f.shipments().stream().map(PlannedShipment::from).reduce((a, b) -> a + "+" + b).orElseThrow();
            assertThat(f.date()).isEqualTo(std.date());
            assertThat(engine.reserve(order.id() + "-" + rules[i], f).isReserved()).isTrue();
        }
        assertThat(origins).containsExactly("store-paris-opera", "wh-marne");
    }
}
