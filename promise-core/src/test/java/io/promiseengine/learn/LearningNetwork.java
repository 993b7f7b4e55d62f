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
package io.promiseengine.learn;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.WeeklyHours;

import java.time.Duration;

/** A small network for the learning tests: two warehouses, a standard carrier with four lanes, an island express. */
final class LearningNetwork {

    static final Lane EVERYWHERE = new Lane("", "", MassFunction.of(2, 0.7, 3, 0.3));
    static final Lane MARNE_ANYWHERE = new Lane("77", "", MassFunction.of(2, 0.8, 3, 0.2));
    static final Lane TO_PARIS = new Lane("", "75", MassFunction.of(2, 1.0));
    static final Lane MARNE_TO_PARIS = new Lane("77", "75", MassFunction.of(1, 0.88, 2, 0.12));

    private LearningNetwork() {
    }

    static HomeDeliveryService standard(Lane... lanes) {
        return HomeDeliveryService.builder("std", "Colis Standard")
                .origins("kind:WAREHOUSE")
                .collections(Collection.of("MON-FRI", "12:00", "17:00"), Collection.of("SAT", "12:00"))
                .deliveryDays("MON-SAT")
                .closed("FR")
                .deliverBy("18:00")
                .lanes(lanes)
                .price("4.90")
                .build();
    }

    static Network network() {
        return network(standard(EVERYWHERE, MARNE_ANYWHERE, TO_PARIS, MARNE_TO_PARIS));
    }

    static Network network(HomeDeliveryService standard) {
        return Network.builder(SpecNetwork.PARIS)
                .calendar("FR", SpecNetwork.FR)
                .postalCode("75015", Position.of(48.8412, 2.3003))
                .location(warehouse("wh-marne", "77700", Position.of(48.8473, 2.7852)))
                .location(warehouse("wh-vitrolles", "13127", Position.of(43.4550, 5.2480)))
                .service(standard)
                .service(HomeDeliveryService.builder("island", "Island Express")
                        .origins("kind:WAREHOUSE")
                        .collections(Collection.of("MON-FRI", "19:00"))
                        .deliveryDays("MON-FRI")
                        .deliverBy("13:00")
                        .lanes(new Lane("", "20", MassFunction.of(2, 1.0)))
                        .price("12.50")
                        .build())
                .stock("wh-marne", "TSHIRT-M", 100)
                .stock("wh-vitrolles", "TSHIRT-M", 100)
                .build();
    }

    private static Location warehouse(String id, String postalCode, Position position) {
        return Location.builder(id, LocationKind.WAREHOUSE, position)
                .postalCode(postalCode)
                .hours(WeeklyHours.of("MON-FRI", "06:00-22:00"))
                .closed("FR")
                .preparation(Preparation.of(Duration.ofHours(2), Duration.ofHours(1), 200))
                .build();
    }
}
