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

-- The live state of promise engines shared on PostgreSQL (docs/LIVE-STATE.md describes every table).
-- Instants are epoch seconds (slots, supply) or epoch milliseconds (expiries), as the engine reads them.

-- The change counter: one row, bumped by every writing transaction just before it commits, so the order of
-- the sequence numbers is the order of the commits and a reader that sees number n sees every number below.
CREATE TABLE promise_sequence (
    id  smallint PRIMARY KEY CHECK (id = 1),
    seq bigint   NOT NULL
);
INSERT INTO promise_sequence (id, seq) VALUES (1, 0);

-- Network versions, as network documents (NetworkDocument, format promise-network); the highest is current.
CREATE TABLE promise_network (
    version     bigint PRIMARY KEY CHECK (version >= 1),
    fingerprint text   NOT NULL,          -- SHA-256 of the document, hex
    document    text   NOT NULL
);

-- One row per location and sku ever given: the order management's counts and the units the holds take.
CREATE TABLE promise_stock (
    location text NOT NULL,
    sku      text NOT NULL,
    on_hand  int  NOT NULL CHECK (on_hand >= 0),
    reserved int  NOT NULL CHECK (reserved >= 0),
    safety   int  NOT NULL CHECK (safety >= 0),
    held     int  NOT NULL CHECK (held >= 0),   -- the sum of the live holds of this sku here
    PRIMARY KEY (location, sku)
);

-- Incoming supply by id; its (location, sku) row in promise_stock is locked to change it.
CREATE TABLE promise_supply (
    supply_id text   PRIMARY KEY,
    location  text   NOT NULL,
    sku       text   NOT NULL,
    quantity  int    NOT NULL CHECK (quantity >= 1),
    arrives   bigint NOT NULL,                  -- epoch seconds
    ordinal   bigserial NOT NULL                -- the order it was added in
);
CREATE INDEX promise_supply_position ON promise_supply (location, sku);

-- Preparation slots with anything to say: load reported, preparations held, a capacity set (-1: the location's).
CREATE TABLE promise_slot (
    location   text   NOT NULL,
    slot_start bigint NOT NULL,                 -- epoch seconds
    load       int    NOT NULL CHECK (load >= 0),
    held       int    NOT NULL CHECK (held >= 0),
    capacity   int    NOT NULL CHECK (capacity >= -1),
    PRIMARY KEY (location, slot_start)
);

-- One row per order holding a reservation; its holds as parallel arrays, in the plan's order.
CREATE TABLE promise_reservation (
    order_id        text     PRIMARY KEY,
    expires_at      bigint,                     -- epoch milliseconds; NULL once confirmed
    stock_locations text[]   NOT NULL,
    stock_skus      text[]   NOT NULL,
    stock_units     int[]    NOT NULL,
    slot_locations  text[]   NOT NULL,
    slot_starts     bigint[] NOT NULL
);
CREATE INDEX promise_reservation_expiry ON promise_reservation (expires_at) WHERE expires_at IS NOT NULL;

-- The change feed: one row per writing transaction, numbered by promise_sequence, naming what it wrote
-- (readers read the rows themselves). Rows older than the engines' retention are deleted.
CREATE TABLE promise_change (
    seq             bigint      PRIMARY KEY,
    tx_id           uuid        NOT NULL,       -- lets a writer that lost its connection at commit learn the outcome
    committed_at    timestamptz NOT NULL DEFAULT now(),
    stock_locations text[]      NOT NULL,
    stock_skus      text[]      NOT NULL,
    slot_locations  text[]      NOT NULL,
    slot_starts     bigint[]    NOT NULL,
    network_version bigint
);
CREATE INDEX promise_change_tx ON promise_change (tx_id);
