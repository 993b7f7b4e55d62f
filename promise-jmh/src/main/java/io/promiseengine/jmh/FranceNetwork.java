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
package io.promiseengine.jmh;

import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.DaySet;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.TimeRange;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.QuoteRequest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A seeded generator of realistic French retail networks and of the requests quoted on them: the same
 * {@code (stores, seed)} always gives the same network, the same {@code seed} the same requests.
 *
 * <p>The network: {@value #WAREHOUSES} warehouses (Lyon area, Paris area, Marseille, Lille, Bordeaux) that
 * stock most of the {@value #SKUS} skus; {@code stores} stores placed around {@value #CITY_COUNT} French
 * cities drawn by population, positions jittered within a few km, postal codes {@code departement + 3
 * digits}; each store stocks {@value #MIN_ASSORTMENT}..{@value #MAX_ASSORTMENT} skus drawn with a Zipf-like
 * popularity (the top skus are in nearly every store, the tail in few). Services: a standard home delivery
 * from the warehouses and one store in three, an express home delivery from the warehouses, a courier from
 * every store (bands 5, 12, 20 km). Lanes per pair of departements present (same departement mostly 1 day,
 * neighbours 1-2, far 2-3), plus a default lane: about 1,600 lanes for the standard service, which is what a
 * real carrier grid looks like. Transfers from each warehouse to the stores nearest to it; store hours
 * MON-SAT 10:00-19:30 (one store in five also SUN 09:00-12:30), warehouses MON-FRI 06:00-22:00 and SAT
 * 06:00-14:00; preparation with 1 h slots and a capacity; the French public holidays of 2026 and 2027;
 * a postal code per city centre.
 *
 * <p>Every store ships ({@code ship=true}) so that the courier serves from every store; the standard
 * service names its store origins one by one (a third of the stores), since {@code ship} alone cannot
 * select a subset per service.
 *
 * <p>Strings are shared: one {@link String} per sku and per location id, so the stock list costs its
 * {@link StockLevel} records and nothing more.
 */
public final class FranceNetwork {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final int SKUS = 50_000;
    public static final int WAREHOUSES = 5;
    public static final int CITY_COUNT = 44;
    public static final int MIN_ASSORTMENT = 1_000;
    public static final int MAX_ASSORTMENT = 1_500;
    /** Zipf exponent of sku popularity, for assortments and for carts. */
    public static final double ZIPF_EXPONENT = 1.0;

    private static final String[] SKU_IDS = new String[SKUS];
    /** Cumulative Zipf weights over sku ranks: sku {@code i} has rank {@code i + 1}. */
    private static final double[] ZIPF = new double[SKUS];

    static {
        double sum = 0;
        for (int i = 0; i < SKUS; i++) {
            SKU_IDS[i] = String.format("SKU-%05d", i + 1);
            sum += 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
            ZIPF[i] = sum;
        }
        for (int i = 0; i < SKUS; i++) {
            ZIPF[i] /= sum;
        }
    }

    /** A city: name, centre, departement, the centre's postal code, population in thousands (2021 census, rounded). */
    record City(String name, double lat, double lon, String dept, String postalCode, int population) {
        Position centre() {
            return Position.of(lat, lon);
        }
    }

    static final City[] CITIES = {
            new City("Paris", 48.8566, 2.3522, "75", "75001", 2133),
            new City("Marseille", 43.2965, 5.3698, "13", "13001", 873),
            new City("Lyon", 45.7640, 4.8357, "69", "69001", 522),
            new City("Toulouse", 43.6047, 1.4442, "31", "31000", 504),
            new City("Nice", 43.7102, 7.2620, "06", "06000", 348),
            new City("Nantes", 47.2184, -1.5536, "44", "44000", 320),
            new City("Montpellier", 43.6108, 3.8767, "34", "34000", 302),
            new City("Strasbourg", 48.5734, 7.7521, "67", "67000", 291),
            new City("Bordeaux", 44.8378, -0.5792, "33", "33000", 261),
            new City("Lille", 50.6292, 3.0573, "59", "59000", 236),
            new City("Rennes", 48.1173, -1.6778, "35", "35000", 223),
            new City("Reims", 49.2583, 4.0317, "51", "51100", 180),
            new City("Toulon", 43.1242, 5.9280, "83", "83000", 180),
            new City("Saint-Etienne", 45.4397, 4.3872, "42", "42000", 173),
            new City("Le Havre", 49.4944, 0.1079, "76", "76600", 166),
            new City("Dijon", 47.3220, 5.0415, "21", "21000", 159),
            new City("Grenoble", 45.1885, 5.7245, "38", "38000", 157),
            new City("Angers", 47.4784, -0.5632, "49", "49000", 156),
            new City("Villeurbanne", 45.7719, 4.8902, "69", "69100", 156),
            new City("Nimes", 43.8367, 4.3601, "30", "30000", 148),
            new City("Aix-en-Provence", 43.5297, 5.4474, "13", "13100", 147),
            new City("Clermont-Ferrand", 45.7772, 3.0870, "63", "63000", 147),
            new City("Le Mans", 48.0061, 0.1996, "72", "72000", 145),
            new City("Brest", 48.3904, -4.4861, "29", "29200", 140),
            new City("Tours", 47.3941, 0.6848, "37", "37000", 136),
            new City("Amiens", 49.8941, 2.2958, "80", "80000", 134),
            new City("Annecy", 45.8992, 6.1294, "74", "74000", 131),
            new City("Limoges", 45.8336, 1.2611, "87", "87000", 130),
            new City("Boulogne-Billancourt", 48.8397, 2.2399, "92", "92100", 121),
            new City("Perpignan", 42.6887, 2.8948, "66", "66000", 120),
            new City("Metz", 49.1193, 6.1757, "57", "57000", 120),
            new City("Besancon", 47.2378, 6.0241, "25", "25000", 119),
            new City("Orleans", 47.9030, 1.9093, "45", "45000", 117),
            new City("Saint-Denis", 48.9362, 2.3574, "93", "93200", 113),
            new City("Rouen", 49.4432, 1.0999, "76", "76000", 114),
            new City("Argenteuil", 48.9472, 2.2467, "95", "95100", 111),
            new City("Montreuil", 48.8638, 2.4485, "93", "93100", 111),
            new City("Mulhouse", 47.7508, 7.3359, "68", "68100", 105),
            new City("Caen", 49.1829, -0.3707, "14", "14000", 106),
            new City("Nancy", 48.6921, 6.1844, "54", "54000", 104),
            new City("Versailles", 48.8014, 2.1301, "78", "78000", 84),
            new City("Avignon", 43.9493, 4.8055, "84", "84000", 91),
            new City("Poitiers", 46.5802, 0.3404, "86", "86000", 89),
            new City("Pau", 43.2951, -0.3708, "64", "64000", 76),
    };

    /** Warehouses: id, name, postal code, position. */
    private record Warehouse(String id, String name, String postalCode, double lat, double lon) {
    }

    private static final Warehouse[] WAREHOUSE_SITES = {
            new Warehouse("wh-lyon", "Saint-Quentin-Fallavier", "38070", 45.6431, 5.1116),
            new Warehouse("wh-paris", "Bussy-Saint-Georges", "77600", 48.8411, 2.7016),
            new Warehouse("wh-marseille", "Vitrolles", "13127", 43.4550, 5.2489),
            new Warehouse("wh-lille", "Lesquin", "59810", 50.5889, 3.1117),
            new Warehouse("wh-bordeaux", "Cestas", "33610", 44.7436, -0.6806),
    };

    /** French public holidays of 2026 and 2027 (Easter Monday, Ascension and Whit Monday computed from Easter). */
    static final List<LocalDate> FR_HOLIDAYS = List.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6),
            LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15),
            LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25));

    private static final double[] CITY_WEIGHTS;

    static {
        CITY_WEIGHTS = new double[CITIES.length];
        double sum = 0;
        for (int i = 0; i < CITIES.length; i++) {
            sum += CITIES[i].population();
            CITY_WEIGHTS[i] = sum;
        }
        for (int i = 0; i < CITIES.length; i++) {
            CITY_WEIGHTS[i] /= sum;
        }
    }

    private FranceNetwork() {
    }

    /** The sku of popularity rank {@code rank} (1 = most popular): {@code SKU-00001}..{@code SKU-50000}. */
    public static String sku(int rank) {
        return SKU_IDS[rank - 1];
    }

    /** The id of store {@code i} (0-based): {@code store-00000}. */
    public static String storeId(int i) {
        return String.format("store-%05d", i);
    }

    /**
     * A network of {@code stores} stores and {@value #WAREHOUSES} warehouses, the same for the same arguments.
     */
    public static Network generate(int stores, long seed) {
        if (stores < 1) {
            throw new IllegalArgumentException("stores must be >= 1, was " + stores);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Network.Builder b = Network.builder(ZONE);
        b.calendar("FR", FR_HOLIDAYS);
        for (City c : CITIES) {
            b.postalCode(c.postalCode(), c.centre());
        }

        WeeklyHours warehouseHours = weekly("MON-FRI", "06:00-22:00", "SAT", "06:00-14:00");
        WeeklyHours storeHours = weekly("MON-SAT", "10:00-19:30", null, null);
        WeeklyHours storeHoursSunday = weekly("MON-SAT", "10:00-19:30", "SUN", "09:00-12:30");
        Preparation warehousePrep = Preparation.of(Duration.ofHours(2), Duration.ofHours(1), 200);
        Preparation[] storePrep = {
                Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 4),
                Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 6),
                Preparation.of(Duration.ofMinutes(45), Duration.ofHours(1), 8),
        };

        String[] warehouseIds = new String[WAREHOUSES];
        for (int w = 0; w < WAREHOUSES; w++) {
            Warehouse wh = WAREHOUSE_SITES[w];
            warehouseIds[w] = wh.id();
            b.location(Location.builder(wh.id(), LocationKind.WAREHOUSE, Position.of(wh.lat(), wh.lon()))
                    .name(wh.name()).postalCode(wh.postalCode()).hours(warehouseHours).closed("FR")
                    .preparation(warehousePrep).build());
        }

        String[] storeIds = new String[stores];
        Position[] storePositions = new Position[stores];
        List<List<String>> storesByWarehouse = new ArrayList<>();
        for (int w = 0; w < WAREHOUSES; w++) {
            storesByWarehouse.add(new ArrayList<>());
        }
        List<String> shippingStores = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            City city = CITIES[pick(CITY_WEIGHTS, random.nextDouble())];
            Position p = jitter(city.centre(), 6.0, random);
            String id = storeId(i);
            storeIds[i] = id;
            storePositions[i] = p;
            String postal = city.dept() + String.format("%03d", random.nextInt(1000));
            b.location(Location.builder(id, LocationKind.STORE, p)
                    .name(city.name() + " " + (i + 1)).postalCode(postal)
                    .hours(random.nextInt(5) == 0 ? storeHoursSunday : storeHours).closed("FR")
                    .preparation(storePrep[random.nextInt(storePrep.length)])
                    .collect(true).ship(true).build());
            storesByWarehouse.get(nearestWarehouse(p)).add(id);
            if (i % 3 == 0) {
                shippingStores.add(id);
            }
        }

        // services
        List<String> stdOrigins = new ArrayList<>();
        stdOrigins.add("kind:WAREHOUSE");
        stdOrigins.addAll(shippingStores);
        b.service(HomeDeliveryService.builder("std", "Colis Standard")
                .origins(stdOrigins.toArray(new String[0]))
                .collections(Collection.of("MON-FRI", "12:00", "17:00"), Collection.of("SAT", "12:00"))
                .deliveryDays("MON-SAT").closed("FR").deliverBy("18:00")
                .lanes(lanes(false)).price("4.90").build());
        b.service(HomeDeliveryService.builder("express", "Colis Express")
                .origins("kind:WAREHOUSE")
                .collections(Collection.of("MON-FRI", "19:00"))
                .deliveryDays("MON-FRI").closed("FR").deliverBy("13:00")
                .lanes(lanes(true)).price("9.90").build());
        b.service(CourierService.builder("courier", "Coursier")
                .origins("kind:STORE").hours(weekly("MON-SAT", "09:00-21:00", null, null)).closed("FR")
                .bands(new Band(5, MassFunction.of(45, 0.6, 60, 0.3, 90, 0.1)),
                        new Band(12, MassFunction.of(60, 0.5, 90, 0.4, 120, 0.1)),
                        new Band(20, MassFunction.of(90, 0.5, 120, 0.4, 180, 0.1)))
                .price("12.90").build());

        // transfers: each warehouse to the stores nearest to it
        WeeklyTimes departures = WeeklyTimes.of("MON-FRI", "20:00");
        for (int w = 0; w < WAREHOUSES; w++) {
            List<String> to = storesByWarehouse.get(w);
            if (!to.isEmpty()) {
                b.transfer(new Transfer(io.promiseengine.model.Selector.id(warehouseIds[w]),
                        to.stream().map(io.promiseengine.model.Selector::id).toList(), departures,
                        Duration.ofHours(10), Duration.ofHours(1)));
            }
        }

        // stock: warehouses most skus, stores a skewed assortment
        for (int w = 0; w < WAREHOUSES; w++) {
            double share = w == 0 ? 1.0 : 0.85;
            for (int s = 0; s < SKUS; s++) {
                if (s < 2_000 || random.nextDouble() < share) {
                    int onHand = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(s < 2_000 ? 500 : 60);
                    b.stock(new StockLevel(warehouseIds[w], SKU_IDS[s], onHand, onHand > 5 ? random.nextInt(3) : 0, 0));
                }
            }
        }
        boolean[] taken = new boolean[SKUS];
        int[] chosen = new int[MAX_ASSORTMENT];
        for (int i = 0; i < stores; i++) {
            int size = MIN_ASSORTMENT + random.nextInt(MAX_ASSORTMENT - MIN_ASSORTMENT + 1);
            int n = 0;
            while (n < size) {
                int s = pick(ZIPF, random.nextDouble());
                if (!taken[s]) {
                    taken[s] = true;
                    chosen[n++] = s;
                }
            }
            Arrays.sort(chosen, 0, n);
            for (int k = 0; k < n; k++) {
                int s = chosen[k];
                taken[s] = false;
                int onHand = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(s < 500 ? 12 : 4);
                int safety = onHand >= 3 && random.nextInt(4) == 0 ? 1 : 0;
                b.stock(new StockLevel(storeIds[i], SKU_IDS[s], onHand, 0, safety));
            }
        }

        // supply: replenishment of the warehouses during September 2026
        for (int k = 0; k < 2_000; k++) {
            int w = random.nextInt(WAREHOUSES);
            int s = pick(ZIPF, random.nextDouble());
            LocalDateTime arrives = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(30)).atTime(6 + random.nextInt(10), 0);
            b.supply(new Supply(warehouseIds[w], SKU_IDS[s], 10 + random.nextInt(200), arrives.atZone(ZONE).toInstant()));
        }

        // load: preparations already started in some store slots on the weekdays of September 2026
        for (int k = 0; k < Math.min(20_000, stores * 4); k++) {
            int i = random.nextInt(stores);
            LocalDate d = weekdayOfSeptember(random);
            Instant slot = d.atTime(10 + random.nextInt(9), 0).atZone(ZONE).toInstant();
            b.load(new SlotLoad(storeIds[i], slot, 1 + random.nextInt(3)));
        }
        return b.build();
    }

    /** Home delivery lanes between the departements present, keyed by 2-digit prefixes, plus a default lane. */
    private static Lane[] lanes(boolean express) {
        Map<String, Position> depts = new LinkedHashMap<>();
        for (City c : CITIES) {
            depts.putIfAbsent(c.dept(), c.centre());
        }
        Map<String, Position> fromDepts = new LinkedHashMap<>();
        for (Warehouse w : WAREHOUSE_SITES) {
            fromDepts.putIfAbsent(w.postalCode().substring(0, 2), Position.of(w.lat(), w.lon()));
        }
        if (!express) {
            for (Map.Entry<String, Position> e : depts.entrySet()) {
                fromDepts.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        MassFunction same = express ? MassFunction.of(1, 0.97, 2, 0.03) : MassFunction.of(1, 0.85, 2, 0.12, 3, 0.03);
        MassFunction near = express ? MassFunction.of(1, 0.92, 2, 0.08) : MassFunction.of(1, 0.55, 2, 0.4, 3, 0.05);
        MassFunction mid = express ? MassFunction.of(1, 0.8, 2, 0.2) : MassFunction.of(2, 0.7, 3, 0.25, 4, 0.05);
        MassFunction far = express ? MassFunction.of(1, 0.65, 2, 0.3, 3, 0.05) : MassFunction.of(2, 0.45, 3, 0.45, 4, 0.1);
        List<Lane> lanes = new ArrayList<>();
        for (Map.Entry<String, Position> from : fromDepts.entrySet()) {
            for (Map.Entry<String, Position> to : depts.entrySet()) {
                double km = from.getValue().distanceKm(to.getValue());
                MassFunction days = from.getKey().equals(to.getKey()) ? same : km < 200 ? near : km < 500 ? mid : far;
                lanes.add(new Lane(from.getKey(), to.getKey(), days));
            }
        }
        lanes.add(Lane.everywhere(express ? MassFunction.of(1, 0.6, 2, 0.35, 3, 0.05)
                : MassFunction.of(2, 0.5, 3, 0.35, 4, 0.15)));
        return lanes.toArray(new Lane[0]);
    }

    /**
     * {@code count} carts of {@code lines} distinct skus drawn by popularity (quantity 1 mostly, sometimes 2 or
     * 3), to city destinations across France drawn by population (the city's postal code and a position
     * within ~10 km of its centre), ordered at an instant of a weekday of September 2026 between 08:00 and
     * 22:00; all methods, confidence 0.95.
     */
    public static QuoteRequest[] quotes(int count, int lines, int maxShipments, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        QuoteRequest[] out = new QuoteRequest[count];
        for (int i = 0; i < count; i++) {
            QuoteRequest.Builder q = QuoteRequest.builder(orderInstant(random), destination(random))
                    .confidence(0.95).maxShipments(maxShipments);
            for (int s : distinctSkus(lines, random)) {
                int r = random.nextInt(100);
                q.line(SKU_IDS[s], r < 85 ? 1 : r < 97 ? 2 : 3);
            }
            out[i] = q.build();
        }
        return out;
    }

    /** {@code count} listing pages of {@code skus} distinct skus drawn by popularity, destinations and instants as for quotes. */
    public static ListingRequest[] pages(int count, int skus, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ListingRequest[] out = new ListingRequest[count];
        for (int i = 0; i < count; i++) {
            ListingRequest.Builder l = ListingRequest.builder(orderInstant(random), destination(random)).confidence(0.95);
            for (int s : distinctSkus(skus, random)) {
                l.skus(SKU_IDS[s]);
            }
            out[i] = l.build();
        }
        return out;
    }

    private static TreeSet<Integer> distinctSkus(int n, SplittableRandom random) {
        TreeSet<Integer> skus = new TreeSet<>();
        while (skus.size() < n) {
            skus.add(pick(ZIPF, random.nextDouble()));
        }
        return skus;
    }

    private static Destination destination(SplittableRandom random) {
        City city = CITIES[pick(CITY_WEIGHTS, random.nextDouble())];
        return Destination.of(city.postalCode(), jitter(city.centre(), 10.0, random));
    }

    private static Instant orderInstant(SplittableRandom random) {
        LocalDate d = weekdayOfSeptember(random);
        return d.atStartOfDay(ZONE).toInstant().plusSeconds(8 * 3600 + random.nextInt(14 * 3600));
    }

    private static LocalDate weekdayOfSeptember(SplittableRandom random) {
        while (true) {
            LocalDate d = LocalDate.of(2026, 9, 1 + random.nextInt(30));
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return d;
            }
        }
    }

    /** A position within about {@code km} of the centre (uniform in a disc). */
    private static Position jitter(Position centre, double km, SplittableRandom random) {
        double r = km * Math.sqrt(random.nextDouble());
        double a = random.nextDouble() * 2 * Math.PI;
        double dLat = r * Math.cos(a) / 111.2;
        double dLon = r * Math.sin(a) / (111.2 * Math.cos(Math.toRadians(centre.lat())));
        return Position.of(centre.lat() + dLat, centre.lon() + dLon);
    }

    private static int nearestWarehouse(Position p) {
        int best = 0;
        double bestKm = Double.MAX_VALUE;
        for (int w = 0; w < WAREHOUSES; w++) {
            double km = p.distanceKm(Position.of(WAREHOUSE_SITES[w].lat(), WAREHOUSE_SITES[w].lon()));
            if (km < bestKm) {
                bestKm = km;
                best = w;
            }
        }
        return best;
    }

    /** The first index whose cumulative weight exceeds {@code u}. */
    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    private static WeeklyHours weekly(String days1, String range1, String days2, String range2) {
        Map<DaySet, List<TimeRange>> m = new LinkedHashMap<>();
        m.put(DaySet.parse(days1), List.of(TimeRange.parse(range1)));
        if (days2 != null) {
            m.put(DaySet.parse(days2), List.of(TimeRange.parse(range2)));
        }
        return WeeklyHours.of(m);
    }

    /** Prints a summary of a generated network: {@code java -cp benchmarks.jar io.promiseengine.jmh.FranceNetwork 1000}. */
    public static void main(String[] args) {
        int stores = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long t0 = System.nanoTime();
        Network n = generate(stores, 42);
        long t1 = System.nanoTime();
        System.out.printf("%d locations, %d services, %d transfers, %d stock, %d supply, %d load in %.1f s%n",
                n.locations().size(), n.services().size(), n.transfers().size(), n.stock().size(), n.supply().size(),
                n.load().size(), (t1 - t0) / 1e9);
        for (QuoteRequest q : quotes(5, 3, 2, 7)) {
            System.out.println(q.at() + " " + q.destination() + " " + q.lines());
        }
    }
}
