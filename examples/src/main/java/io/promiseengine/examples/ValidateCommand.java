package io.promiseengine.examples;

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate NETWORK.json}: reads a {@code promise-network/1} document and prints a one-line summary, or
 * every problem as {@code PATH: message} (spec 2.2), in document order.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "NETWORK.json";
    }

    @Override
    public String summary() {
        return "check a network document; print a summary, or every problem as PATH: message";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, RefusedException {
        String file = expect(args, "NETWORK.json").get(0);
        Network network = Inputs.network(Inputs.text(this, file, ""), "");
        out.print(file + ": valid " + NetworkDocument.FORMAT + ", " + summary(network) + "\n");
        return PromiseCli.OK;
    }

    /**
     * What a network holds, for a person:
     * {@code 26 locations (3 warehouses, 2 dark stores, 21 stores), 3 services, 2 transfers, 85 stock rows}.
     * Supply arrivals, slot loads and window loads are named only when the network has some.
     */
    static String summary(Network network) {
        Map<LocationKind, Integer> kinds = new EnumMap<>(LocationKind.class);
        for (Location l : network.locations()) {
            kinds.merge(l.kind(), 1, Integer::sum);
        }
        List<String> byKind = new ArrayList<>();
        kinds.forEach((kind, n) -> byKind.add(count(n, kindName(kind))));
        StringBuilder s = new StringBuilder(count(network.locations().size(), "location"));
        if (!byKind.isEmpty()) {
            s.append(" (").append(String.join(", ", byKind)).append(')');
        }
        s.append(", ").append(count(network.services().size(), "service"));
        s.append(", ").append(count(network.transfers().size(), "transfer"));
        s.append(", ").append(count(network.stock().size(), "stock row"));
        if (!network.supply().isEmpty()) {
            s.append(", ").append(count(network.supply().size(), "supply arrival"));
        }
        if (!network.load().isEmpty()) {
            s.append(", ").append(count(network.load().size(), "slot load"));
        }
        if (!network.windowLoad().isEmpty()) {
            s.append(", ").append(count(network.windowLoad().size(), "window load"));
        }
        return s.toString();
    }

    private static String kindName(LocationKind kind) {
        return switch (kind) {
            case WAREHOUSE -> "warehouse";
            case STORE -> "store";
            case DARK_STORE -> "dark store";
        };
    }

    /** {@code 1 service}, {@code 3 services}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
