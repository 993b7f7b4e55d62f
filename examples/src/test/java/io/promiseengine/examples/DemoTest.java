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
package io.promiseengine.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTest {

    @Test
    void demoPrintsTheSameBytesOnEveryRun() {
        CliRun first = CliRun.of("demo");
        CliRun second = CliRun.of("demo");

        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(second.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoQuotesEveryBundledCart() {
        String out = CliRun.of("demo").out();
        assertThat(out).startsWith("Promise Engine demo: the France network (examples/networks/france-demo.json)\n"
                + "26 locations (3 warehouses, 21 stores, 2 dark stores), 5 services,");
        assertThat(out).contains(
                "Cart 1 of 4 (paris-cart.json): ordered Thursday 17 September 2026 at 10:15, to 75009\n"
                        + "  2 x TSHIRT-M, 1 x JEAN-42, 1 x BOOK-PETIT-PRINCE\n",
                "Cart 2 of 4 (lyon-split-cart.json): ordered Wednesday 16 September 2026 at 16:45, to 69003",
                "  1 x COFFEE-MACHINE, 1 x JEAN-42, 1 x SNEAKER-40, in up to 2 parcels\n",
                "Cart 3 of 4 (marseille-single.json)", "Cart 4 of 4 (sunday-evening.json)");
    }

    @Test
    void theSameOrderIsPlannedFromAStoreOrAWarehouseDependingOnTheRuleSet() {
        String out = CliRun.of("demo").out();
        String stores = out.substring(out.indexOf("  Rule set stores-first.json:"), out.indexOf("  Rule set warehouses-first.json:"));
        String warehouses = out.substring(out.indexOf("  Rule set warehouses-first.json:"));

        assertThat(stores).contains("ship from Paris Opéra (store-paris-opera)", "delivered by 2026-09-19", "reserved: yes");
        assertThat(warehouses).contains("ship from Entrepôt Marne-la-Vallée (wh-marne)", "delivered by 2026-09-19",
                "reserved: yes");
    }

    @Test
    void aCollectOptionFromTheStoresOwnStockWithItsCountdown() {
        // Friday 11:20, one kettle at Marseille Canebière (2 on hand): 30 min in the 11:00 slot, ready 11:50;
        // a preparation must end by closing at 19:30, so order by 18:59:59: 7 h 39 min 59 s, shown rounded down
        assertThat(CliRun.of("demo").out()).contains(
                "  - Click and collect at Marseille Canebière, from its own stock\n"
                        + "      fr  Retrait dès 11h50 au magasin Marseille Canebière"
                        + " — Commandez dans les 7 h 39 min pour un retrait aujourd'hui\n"
                        + "      en  Pick up from 11:50 am today at Marseille Canebière"
                        + " — Order within 7 h 39 min to pick up today\n");
    }

    @Test
    void aHomeDeliveryDateWithItsOrderBy() {
        // Thursday 10:15 from Entrepôt Marne-la-Vallée: 2 h of preparation, the 14:00 slot full, so the last start
        // that makes the 17:00 collection is 15:00; lane 77 to 75 reaches 0.95 on the second delivery day, Saturday
        assertThat(CliRun.of("demo").out()).contains(
                "  - Home delivery, Colis Standard: 1 parcel from Entrepôt Marne-la-Vallée, €4.90, confidence 1.00\n"
                        + "      fr  Livraison le samedi 19 septembre avant 18h00"
                        + " — Commandez dans les 4 h 45 min pour être livré le samedi 19 septembre\n"
                        + "      en  Delivered on Saturday 19 September by 6:00 pm"
                        + " — Order within 4 h 45 min for delivery on Saturday 19 September\n");
    }

    @Test
    void theParisVansOfferTheirWindows_eachWithItsOwnOrderBy() {
        // Sunday 21:40 to 75011, a sneaker and a t-shirt: Paris Bastille holds both and opens Monday at 10:00,
        // 30 min of preparation, ready 10:30; zone 75's lead time is 2 h, so Monday 08:00 and 10:00 are missed
        // and 14:00-16:00 is the first window, made by a start at 11:30 at the latest (13 h 50 min after 21:40);
        // the sixth window (maxWindows 6) is Tuesday 14:00, more than a day away: its order-by is named
        assertThat(CliRun.of("demo").out()).contains(
                "  - Delivery window, Camionnettes Paris: 1 parcel from Paris Bastille, €5.90, confidence 1.00\n"
                        + "      fr  Livraison demain entre 14h00 et 16h00 — Commandez dans les 19 h 50 min pour être livré demain\n"
                        + "            Livraison demain entre 14h00 et 16h00 — Commandez dans les 13 h 50 min pour être livré demain entre 14h et 16h\n"
                        + "            Livraison demain entre 18h00 et 20h00 — Commandez dans les 17 h 50 min pour être livré demain entre 18h et 20h\n"
                        + "            Livraison demain entre 20h00 et 22h00 — Commandez dans les 19 h 50 min pour être livré demain entre 20h et 22h\n"
                        + "            Livraison le mardi 22 septembre entre 8h00 et 10h00 — Commandez dans les 21 h 20 min pour être livré mardi entre 8h et 10h\n"
                        + "            Livraison le mardi 22 septembre entre 10h00 et 12h00 — Commandez dans les 21 h 20 min pour être livré mardi entre 10h et 12h\n"
                        + "            Livraison le mardi 22 septembre entre 14h00 et 16h00 — Commandez avant le mardi 22 septembre à 11h30 pour être livré mardi entre 14h et 16h\n");
    }

    @Test
    void aSplitCartNamesBothOrigins() {
        assertThat(CliRun.of("demo").out()).contains(
                "  - Courier, Coursier Urbain: 2 parcels from Lyon Bellecour and Lyon Part-Dieu, €19.80");
    }

    @Test
    void demoShowsListingBadgesAtTwoPostalCodes() {
        String out = CliRun.of("demo").out();
        List<String> pages = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("Listing page (")) {
                pages.add(line);
            }
        }
        assertThat(pages).containsExactly(
                "Listing page (paris-bastille.json): 6 products, seen Thursday 17 September 2026 at 14:30, from 75011",
                "Listing page (lyon-bellecour.json): 6 products, seen Thursday 17 September 2026 at 14:30, from 69002");
        // Paris Bastille has two SNEAKER-42: 30 min of preparation from 14:30
        assertThat(out).contains("    collect        Retrait dès 15h00 au magasin Paris Bastille"
                + " | Pick up from 3:00 pm today at Paris Bastille\n");
    }

    @Test
    void demoTakesNoArgument() {
        CliRun run = CliRun.of("demo", "--spec");
        assertThat(run.code()).isEqualTo(PromiseCli.USAGE);
        assertThat(run.errLines()).containsExactly("promise demo: unknown option --spec", "usage: java -jar promise.jar demo");
    }

    @Test
    void theDemoReadsTheNetworkFilesThemselvesFromTheJar() throws IOException {
        // the jar bundles examples/networks as it is (pom.xml resources), not a copy that could drift
        List<String> names = new ArrayList<>(List.of(DemoCommand.NETWORK));
        DemoCommand.REQUESTS.forEach(r -> names.add("requests/" + r));
        DemoCommand.LISTINGS.forEach(l -> names.add("listings/" + l));
        for (String name : names) {
            assertThat(DemoCommand.resource(name)).as(name)
                    .isEqualTo(Files.readString(Path.of("networks", name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCarrierDelayReachesTheCustomerAsAMessage() {
        String out = CliRun.of("demo").out();
        String events = out.substring(out.indexOf("Events: order-1042"));
        // Paris Opéra ships Thursday 17:00 for Saturday; a day more on every lane leaves no origin able to keep
        // Saturday, so the order is promised again for Monday (no delivery on Sunday) and the customer told
        assertThat(events).contains("  promised: Livraison le samedi 19 septembre avant 18h00, shipped from Paris Opéra\n",
                "  1 order touched, 0 re-planned, 1 promised again\n",
                "      fr  Votre commande arrivera le lundi 21 septembre au lieu du samedi 19\n",
                "      en  Your order will arrive on Monday 21 September instead of Saturday 19\n");
    }

    @Test
    void aCancelledWindowMovesTheOrderToTheNextWindowAndTellsTheCustomer() {
        String out = CliRun.of("demo").out();
        String window = out.substring(out.indexOf("Delivery window: order-1043"));
        // the shopper chose Saturday 14:00-16:00 in zone 75; with those vans cancelled the next window after it
        // with room that an origin makes is Saturday 18:00-20:00 (never an earlier one, docs/EVENTS.md)
        assertThat(window).contains(
                "  chosen: Livraison le samedi 19 septembre entre 14h00 et 16h00, shipped from Paris Opéra\n",
                "  Thursday 17 September 2026 at 16:30: Camionnettes Paris cancels its Saturday 14:00 round in zone 75;\n",
                "  1 order touched, 1 moved to another window\n",
                "  message to the customer of order-1043:\n",
                "      fr  Votre livraison est déplacée au samedi 19 septembre entre 18h et 20h\n",
                "      en  Your delivery is moved to Saturday 19 September between 6 pm and 8 pm\n");
        assertThat(window).endsWith("between 6 pm and 8 pm\n");
    }
}
