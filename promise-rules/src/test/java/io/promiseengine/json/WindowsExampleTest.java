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
package io.promiseengine.json;

import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 6, delivery windows: {@code network-windows.json} with {@code request-6-windows.json}, byte for byte. */
class WindowsExampleTest {

    private static final Network NETWORK = NetworkDocument.read(ScheduledRulesTest.spec("network-windows.json"));

    @Test
    void theWorkedExampleIsReproducedByteForByte() {
        QuoteRequest request = RequestDocument.read(ScheduledRulesTest.spec("request-6-windows.json"));

        String written = ResponseDocument.write(PromiseCalculator.of(NETWORK).quote(request), false);

        // the contract's response-6 file ends with a newline, response-1 does not: the writer writes none (as for
        // response-1), so the file is the document and one newline
        assertThat((written + "\n").getBytes(StandardCharsets.UTF_8))
                .isEqualTo(ResponseDocumentTest.resource("response-6-windows.json"));
    }

    @Test
    void withExplainTheOptionsAreTheSameAndEveryOriginNotUsedIsListed() {
        QuoteRequest request = RequestDocument.read(ScheduledRulesTest.spec("request-6-windows.json"));
        QuoteRequest explained = QuoteRequest.builder(request.at(), request.destination()).lines(request.lines())
                .methods(request.methods()).maxWindows(request.maxWindows()).explain(true).build();

        Quote quote = PromiseCalculator.of(NETWORK).quote(explained);
        String written = ResponseDocument.write(quote, true);

        String plain = new String(ResponseDocumentTest.resource("response-6-windows.json"), StandardCharsets.UTF_8);
        assertThat(written).startsWith(plain.substring(0, plain.lastIndexOf("\n  ]")));
        // wh-lyon makes every listed window but store-paris-7 is nearer: not listed; the other two are not origins
        assertThat(quote.rejected()).extracting(Rejection::location, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("store-paris-11", RejectReason.NOT_AN_ORIGIN),
                org.assertj.core.groups.Tuple.tuple("store-lyon-2", RejectReason.NOT_AN_ORIGIN));
        assertThat(quote.rejected()).allMatch(r -> r.service().equals("slots"));
    }

    @Test
    void theListingBadgeIsTheFirstWindowOfTheOneLineQuote() {
        QuoteRequest one = QuoteRequest.builder(java.time.Instant.parse("2026-09-17T12:30:00Z"),
                io.promiseengine.quote.Destination.postalCode("75015")).line("TSHIRT-M", 1)
                .methods(io.promiseengine.model.Method.SCHEDULED).maxWindows(1).build();
        io.promiseengine.quote.PromiseOption expected = PromiseCalculator.of(NETWORK).quote(one).options().get(0);

        io.promiseengine.quote.Listing listing = PromiseCalculator.of(NETWORK).listing(io.promiseengine.quote.ListingRequest
                .builder(one.at(), one.destination()).skus(java.util.List.of("TSHIRT-M", "NOPE")).build());

        assertThat(listing.badges().get(0).scheduled()).contains(expected);
        assertThat(expected.windows()).hasSize(1);
        assertThat(listing.badges().get(1).scheduled()).isEmpty();
        assertThat(ListingDocument.write(listing)).contains("\"scheduled\": {");
    }
}
