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
package io.promiseengine.examples.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The work of the storefront's {@code POST}s under the request deadline ({@code Settings.requestTimeout}): a pool
 * of a few threads per core runs it, and exactly one of the work and the deadline writes the answer ({@link Turn}):
 * the deadline answers 503 when the work has not claimed the answer by then; a work that has claimed it (an order
 * whose reservation has begun) answers with its outcome, past the deadline if need be; a work still queued at the
 * deadline is not begun (docs/STOREFRONT.md, "Limits, errors, metrics").
 *
 * <p>Issue 13: the deadline's 503 and the work used to write the same response, each when it finished, so that a
 * 503 once carried the placed order's JSON, and an order could be placed while its client was told 503.
 */
final class RequestDeadline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadline.class);

    /**
     * The work of a {@code POST}: it reads the request, then claims the answer ({@link Turn#work()}) before it
     * writes anything to the response or changes anything it cannot take back, and stops when the claim fails.
     */
    @FunctionalInterface
    interface Work {
        void handle(Context ctx, Turn turn) throws Exception;
    }

    /** Who answers a {@code POST}: its work or its deadline, whichever claims the answer first. Thread-safe. */
    static final class Turn {

        private static final int OPEN = 0;
        private static final int WORK = 1;
        private static final int TIMEOUT = 2;
        private final AtomicInteger owner = new AtomicInteger(OPEN);

        /**
         * The work's claim: true when the work answers (claimed now or before), false when the deadline has
         * answered already, in which case the work must stop there, without writing the response or changing
         * anything.
         */
        boolean work() {
            return owner.compareAndSet(OPEN, WORK) || owner.get() == WORK;
        }

        /** The deadline's claim: true when it answers (the work had not claimed the answer). */
        boolean timeout() {
            return owner.compareAndSet(OPEN, TIMEOUT);
        }

        /** Whether the deadline has answered. */
        boolean timedOut() {
            return owner.get() == TIMEOUT;
        }
    }

    private final long millis;
    private final Supplier<Executor> answerers;
    /**
     * The threads that do the engine's work of a POST: a few per core, so that a flood of requests queues here
     * (and meets its deadline) instead of starting a thread each.
     */
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), daemons("storefront-work-"));
    /**
     * Fires the deadlines of the POSTs in flight: one thread, which only hands the 503 to the answerers (a client
     * slow to read its 503 must not hold the other deadlines up).
     */
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, daemons("storefront-deadlines-"));

    /**
     * @param timeout the deadline of a POST's work, from the moment its handler runs
     * @param answerers the threads that write the deadline's 503 (Jetty's, once started)
     */
    RequestDeadline(Duration timeout, Supplier<Executor> answerers) {
        this.millis = timeout.toMillis();
        this.answerers = answerers;
        deadlines.setRemoveOnCancelPolicy(true); // a work answered in time takes its deadline away
    }

    /** The handler that runs the work under the deadline. */
    Handler limited(Work work) {
        return ctx -> {
            Turn turn = new Turn();
            CompletableFuture<Void> answered = new CompletableFuture<>();
            String what = ctx.method() + " " + ctx.path();
            ctx.future(() -> {
                ScheduledFuture<?> deadline = deadlines.schedule(() -> {
                    if (turn.timeout()) {
                        answer(() -> {
                            try {
                                StorefrontServer.error(ctx, 503, "timed out after " + millis + " ms", List.of());
                                answered.complete(null);
                            } catch (RuntimeException e) {
                                answered.completeExceptionally(e);
                            }
                        });
                    }
                }, millis, TimeUnit.MILLISECONDS);
                try {
                    workers.execute(() -> run(work, ctx, turn, answered, deadline, what));
                } catch (RuntimeException e) {
                    deadline.cancel(false);
                    throw e;
                }
                return answered; // Javalin writes the response once it completes, on the thread completing it
            });
        };
    }

    private static void run(Work work, Context ctx, Turn turn, CompletableFuture<Void> answered,
                            ScheduledFuture<?> deadline, String what) {
        if (turn.timedOut()) {
            return; // still queued at the deadline, answered 503: not begun
        }
        try {
            work.handle(ctx, turn);
            if (turn.work()) {
                deadline.cancel(false);
                answered.complete(null);
            }
        } catch (Throwable e) {
            if (turn.work()) {
                deadline.cancel(false);
                answered.completeExceptionally(e); // the server's exception handlers answer
            } else {
                LOG.debug("{} failed after its deadline (answered 503): {}", what, e.toString());
            }
        }
    }

    /** Runs the deadline's answer on one of the answerers, here when they take no more (the server stopping). */
    private void answer(Runnable answer) {
        try {
            answerers.get().execute(answer);
        } catch (RuntimeException e) {
            answer.run();
        }
    }

    /** Lets the works queued finish, drops the deadlines (no request is in flight once the server has stopped). */
    @Override
    public void close() {
        workers.shutdown();
        deadlines.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
