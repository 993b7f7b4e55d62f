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
package io.promiseengine.examples;

import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.ResponseDocument;
import io.promiseengine.model.Network;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A command that answers a request document on a network document and prints the answer document:
 * {@link #quote()} and {@link #listing()}. The order instant is the request's {@code at}; the command adds
 * nothing to what the documents say.
 *
 * <p>A refused network prints each problem as {@code NETWORK.json: PATH: message}; a refused request, or one
 * the network cannot answer (an unknown {@code collectAt} id, no position for a method that needs one), prints
 * {@code REQUEST.json: FIELD: message}, the message naming every problem of the request.
 *
 * @param <R> the request read from the document
 */
final class AnswerCommand<R> implements Command {

    private final String name;
    private final String requestArgument;
    private final String summary;
    private final Function<String, R> reader;
    private final BiFunction<PromiseCalculator, R, String> answer;

    private AnswerCommand(String name, String requestArgument, String summary, Function<String, R> reader,
                          BiFunction<PromiseCalculator, R, String> answer) {
        this.name = name;
        this.requestArgument = requestArgument;
        this.summary = summary;
        this.reader = reader;
        this.answer = answer;
    }

    /** {@code quote NETWORK.json REQUEST.json}: the response document of spec 3, {@code rejected} when asked. */
    static AnswerCommand<QuoteRequest> quote() {
        return new AnswerCommand<>("quote", "REQUEST.json", "print the response document of a quote request",
                RequestDocument::read, (calculator, request) -> ResponseDocument.write(calculator.quote(request),
                request.explain()));
    }

    /** {@code listing NETWORK.json LISTING.json}: one badge per sku of a listing page (docs/LISTING-FORMAT.md). */
    static AnswerCommand<ListingRequest> listing() {
        return new AnswerCommand<>("listing", "LISTING.json", "print the badges of a listing page, one per sku",
                ListingDocument::read, (calculator, request) -> ListingDocument.write(calculator.listing(request)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arguments() {
        return "NETWORK.json " + requestArgument;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, RefusedException {
        List<String> files = expect(args, "NETWORK.json", requestArgument);
        String networkText = Inputs.text(this, files.get(0), files.get(0) + ": ");
        String requestText = Inputs.text(this, files.get(1), files.get(1) + ": ");
        Network network = Inputs.network(networkText, files.get(0) + ": ");
        String document;
        try {
            R request = reader.apply(requestText);
            document = answer.apply(PromiseCalculator.of(network), request);
        } catch (InvalidRequestException e) {
            throw new RefusedException(List.of(files.get(1) + ": " + e.getMessage()));
        }
        out.print(Objects.requireNonNull(document, "document") + "\n");
        return PromiseCli.OK;
    }
}
