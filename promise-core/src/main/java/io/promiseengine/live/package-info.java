/**
 * The live engine: {@link io.promiseengine.live.PromiseEngine} holds the current network version and a
 * live inventory and capacity ledger that quotes read without locks. Where that state is kept (memory by
 * default, or a shared database) is the SPI of {@link io.promiseengine.live.spi}.
 *
 * <p>Parameters and results are non-null unless stated; misuse (an unknown location, a negative quantity) is
 * an {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package io.promiseengine.live;
