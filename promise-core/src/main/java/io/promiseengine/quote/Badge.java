package io.promiseengine.quote;

import java.util.Optional;

/**
 * The promise badge of one product on a listing page: its best option per method, each exactly the
 * first option of that method in the one-line quote (earliest promised instant, then service or store id).
 *
 * @param sku the product
 * @param homeDelivery the earliest home delivery, with its service and order-by
 * @param courier the earliest courier delivery
 * @param collect the earliest click and collect among the stores considered
 * @param collectStores how many of those stores can have it ready ("in stock in 3 stores near you")
 */
public record Badge(String sku, Optional<PromiseOption> homeDelivery, Optional<PromiseOption> courier,
                    Optional<PromiseOption> collect, int collectStores) {
}
