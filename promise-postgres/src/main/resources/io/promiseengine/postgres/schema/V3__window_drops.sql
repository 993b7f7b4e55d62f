--
-- Copyright 2026 The Promise Engine developers
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     https://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.
--

-- Delivery windows (SCHEDULED services, docs/SPEC.md 2.1 and 4.7): the drops booked and held per window and zone,
-- and the drops a reservation holds (docs/LIVE-STATE.md describes every table).

-- Windows with anything to say: drops booked (the network's windowLoad and the drops handed off since), drops the
-- reservations hold, a capacity set for this window (-1: the zone's). Locked FOR UPDATE in key order, after slots.
CREATE TABLE promise_window (
    service      text   NOT NULL,
    zone         text   NOT NULL,               -- the zone's "to", a postal-code prefix ('' for every code)
    window_start bigint NOT NULL,               -- epoch seconds
    load         int    NOT NULL CHECK (load >= 0),
    held         int    NOT NULL CHECK (held >= 0),
    capacity     int    NOT NULL CHECK (capacity >= -1),
    PRIMARY KEY (service, zone, window_start)
);

-- A reservation's drops, as parallel arrays like its other holds (one for a SCHEDULED plan, none otherwise).
ALTER TABLE promise_reservation
    ADD COLUMN window_services text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN window_zones    text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN window_starts   bigint[] NOT NULL DEFAULT '{}';

-- The change feed names the windows a transaction wrote.
ALTER TABLE promise_change
    ADD COLUMN window_services text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN window_zones    text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN window_starts   bigint[] NOT NULL DEFAULT '{}';
