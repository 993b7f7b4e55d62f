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

-- Promise Engine, tracker state (PromiseTracker on PostgresTrackerStore): tracked orders, applied event ids,
-- the outbox of notices. Tables in the connection's current schema; every row names its tracker, so several
-- trackers (one per name) share the tables. Values are stored in TrackerCodec's binary form (format byte 1).

-- One row per tracker: the revision of its tracked orders (moved on by every write), the next capture
-- sequence, the revision below which removed orders were forgotten (a reader behind it reads every order
-- again), tombstones since then, and the count of applied ids kept. Steps lock this row (FOR UPDATE), which
-- serializes the steps of every node.
CREATE TABLE IF NOT EXISTS tracker_state (
    tracker       text   PRIMARY KEY,
    revision      bigint NOT NULL DEFAULT 0,
    next_sequence bigint NOT NULL DEFAULT 0,
    whole_below   bigint NOT NULL DEFAULT 0,
    tombstones    bigint NOT NULL DEFAULT 0,
    applied       bigint NOT NULL DEFAULT 0
);

-- Tracked orders; data NULL is a removed order (a tombstone, kept until tracker_state.tombstones is large).
CREATE TABLE IF NOT EXISTS tracker_order (
    tracker  text   NOT NULL,
    order_id text   NOT NULL,
    sequence bigint NOT NULL,
    revision bigint NOT NULL,
    data     bytea,
    PRIMARY KEY (tracker, order_id)
);
CREATE INDEX IF NOT EXISTS tracker_order_by_revision ON tracker_order (tracker, revision);

-- Applied event ids, inserted (ON CONFLICT DO NOTHING) in the step that applies the event.
CREATE TABLE IF NOT EXISTS tracker_applied (
    tracker    text        NOT NULL,
    event_id   text        NOT NULL,
    applied_at timestamptz NOT NULL,
    sequence   bigint      GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tracker, event_id)
);
CREATE INDEX IF NOT EXISTS tracker_applied_by_sequence ON tracker_applied (tracker, sequence);
CREATE INDEX IF NOT EXISTS tracker_applied_by_age ON tracker_applied (tracker, applied_at);

-- The outbox: notices written in the step that made them, claimed (FOR UPDATE SKIP LOCKED) for a lease by
-- one deliverer, deleted once every listener heard them; heard is a bit per listener.
CREATE TABLE IF NOT EXISTS tracker_outbox (
    tracker       text        NOT NULL,
    key           text        NOT NULL,
    sequence      bigint      GENERATED ALWAYS AS IDENTITY,
    notice        bytea       NOT NULL,
    heard         bigint      NOT NULL DEFAULT 0,
    attempts      integer     NOT NULL DEFAULT 0,
    due           timestamptz NOT NULL,
    claimed_until timestamptz,
    PRIMARY KEY (tracker, key)
);
CREATE INDEX IF NOT EXISTS tracker_outbox_by_sequence ON tracker_outbox (tracker, sequence);
