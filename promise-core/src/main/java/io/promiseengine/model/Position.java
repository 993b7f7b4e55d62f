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
package io.promiseengine.model;

/**
 * A point on Earth in decimal degrees.
 *
 * @param lat latitude in [-90, 90]
 * @param lon longitude in [-180, 180]
 */
public record Position(double lat, double lon) {

    /** The mean Earth radius the spec uses for distances (spec 4.3). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Checks the parts.
     *
     * @param lat latitude in [-90, 90]
     * @param lon longitude in [-180, 180]
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     */
    public Position {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be in [-90, 90], was " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be in [-180, 180], was " + lon);
        }
    }

    /**
     * A position.
     *
     * @param lat the latitude in degrees, in [-90, 90]
     * @param lon the longitude in degrees, in [-180, 180]
     * @return the position
     * @throws IllegalArgumentException when a coordinate is out of range or not a number
     */
    public static Position of(double lat, double lon) {
        return new Position(lat, lon);
    }

    /**
     * Great-circle distance in km by the haversine formula {@code 2R asin(sqrt(a))} (spec 4.3).
     *
     * @param other the other position
     * @return the distance in km
     */
    public double distanceKm(Position other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = Math.toRadians(other.lat - lat);
        double dLambda = Math.toRadians(other.lon - lon);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }
}
