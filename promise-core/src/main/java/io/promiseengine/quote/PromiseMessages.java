package io.promiseengine.quote;

import io.promiseengine.model.Method;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an option into the sentences a shopper reads, in French or English:
 *
 * <pre>{@code
 * PromiseMessages.Message m = PromiseMessages.french().describe(option, now, names::get);
 * m.promise();  // "Livraison demain avant 13h00"
 * m.orderBy();  // Optional["Commandez dans les 2 h 30 min pour être livré demain"]
 * }</pre>
 *
 * <p>Everything is rendered in the option's zone (the collect store's, else the network's); "today" and
 * "tomorrow" are the dates of {@code now} and the day after in that zone. Pure: the caller passes
 * {@code now}, nothing reads a clock. Day and month names are written here, not taken from the JDK's locale
 * data, whose formats change between versions.
 *
 * <p>The time left to order is rounded down to the minute, so a message never promises more time than
 * there is: {@code 4 h 29 min} for 4 h 29 min 59 s, {@code 2 h 5 min}, {@code 1 h}, {@code 45 min}; under a
 * minute it says so; more than 24 h away it names the day and time (minutes, seconds dropped). Instances
 * are immutable and thread-safe.
 */
public final class PromiseMessages {

    /**
     * The sentences for one option.
     *
     * @param promise what is promised: {@code "Retrait demain dès 11h00 au magasin Paris Bastille"}
     * @param orderBy the countdown, empty when the option has no order-by or it has passed
     */
    public record Message(String promise, Optional<String> orderBy) {

        public Message {
            Objects.requireNonNull(promise, "promise");
            Objects.requireNonNull(orderBy, "orderBy");
        }
    }

    private static final PromiseMessages FRENCH = new PromiseMessages(new French());
    private static final PromiseMessages ENGLISH = new PromiseMessages(new English());

    private static final Duration DAY = Duration.ofHours(24);

    private final Phrases phrases;

    private PromiseMessages(Phrases phrases) {
        this.phrases = phrases;
    }

    public static PromiseMessages french() {
        return FRENCH;
    }

    public static PromiseMessages english() {
        return ENGLISH;
    }

    /** The messages for a locale's language: French ({@code fr}) or English ({@code en}). */
    public static PromiseMessages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return switch (locale.getLanguage()) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            default -> throw new IllegalArgumentException("no promise messages for locale " + locale
                    + "; maybe use Locale.FRENCH or Locale.ENGLISH");
        };
    }

    /** The language of these messages: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return phrases.locale();
    }

    /**
     * The sentences for an option.
     *
     * @param option the option
     * @param now the instant the shopper reads them; "today" is its date in the option's zone
     * @param locationNames a collect store's name from its id ({@code "store-paris-7"} to
     *                      {@code "Paris Tour Eiffel"}); when it gives {@code null} or {@code ""}, the id is used
     */
    public Message describe(PromiseOption option, Instant now, Function<String, String> locationNames) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(locationNames, "locationNames");
        ZoneId zone = option.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime promised = option.promisedAt().atZone(zone);
        Day day = Day.of(today, promised.toLocalDate());
        boolean collect = option.method() == Method.COLLECT;

        String promise;
        if (collect) {
            String name = locationNames.apply(option.location());
            promise = phrases.collect(day, promised.toLocalDate(), promised.toLocalTime(),
                    name == null || name.isEmpty() ? option.location() : name);
        } else {
            promise = phrases.delivery(day, promised.toLocalDate(), promised.toLocalTime());
        }
        return new Message(promise, option.orderBy().flatMap(deadline -> {
            Duration left = Duration.between(now, deadline);
            if (left.isNegative()) {
                return Optional.empty(); // the deadline has passed: nothing left to count down to
            }
            String when;
            if (left.compareTo(DAY) > 0) {
                ZonedDateTime d = deadline.atZone(zone);
                when = phrases.orderBefore(d.toLocalDate(), d.toLocalTime());
            } else if (left.toMinutes() == 0) {
                when = phrases.orderWithinAMinute();
            } else {
                when = phrases.orderWithin(duration(left.toMinutes())); // toMinutes rounds down
            }
            return Optional.of(when + " " + phrases.purpose(collect, day, promised.toLocalDate()));
        }));
    }

    /**
     * The sentence telling a customer that a promise moved, for an e-mail: dates are always named (never
     * "tomorrow", the mail is read later). Home delivery names the dates; courier and collect also the time.
     * {@code "Votre commande arrivera le lundi 21 septembre au lieu du samedi 19"}, {@code "Your order will
     * arrive on Monday 21 September instead of Saturday 19"}; with no new promise, that the old one cannot be
     * kept and that the customer will be contacted.
     *
     * @param previous the promise made
     * @param promise the new promise, of the same method; empty when none can be made
     */
    public String change(PromiseOption previous, Optional<PromiseOption> promise) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(promise, "promise");
        ZonedDateTime before = previous.promisedAt().atZone(previous.zone());
        if (promise.isEmpty()) {
            return phrases.lost(previous.method(), before.toLocalDate());
        }
        ZonedDateTime after = promise.get().promisedAt().atZone(promise.get().zone());
        return phrases.moved(previous.method(), after.toLocalDate(), after.toLocalTime(), before.toLocalDate(),
                before.toLocalTime());
    }

    /** {@code 2 h 5 min}, {@code 1 h}, {@code 45 min}: the same in both languages. */
    private static String duration(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** The promised date against today. */
    private enum Day {
        TODAY, TOMORROW, OTHER;

        static Day of(LocalDate today, LocalDate date) {
            long days = ChronoUnit.DAYS.between(today, date);
            return days == 0 ? TODAY : days == 1 ? TOMORROW : OTHER;
        }
    }

    /** One language's phrases. */
    private interface Phrases {

        Locale locale();

        String collect(Day day, LocalDate date, LocalTime time, String store);

        String delivery(Day day, LocalDate date, LocalTime time);

        String orderWithin(String duration);

        String orderWithinAMinute();

        String orderBefore(LocalDate date, LocalTime time);

        String purpose(boolean collect, Day day, LocalDate date);

        /** The promise moved from the old date and time to the new. */
        String moved(Method method, LocalDate date, LocalTime time, LocalDate oldDate, LocalTime oldTime);

        /** The promise of that date cannot be kept. */
        String lost(Method method, LocalDate oldDate);
    }

    private static final class French implements Phrases {

        private static final String[] DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
        private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                "août", "septembre", "octobre", "novembre", "décembre"};

        @Override
        public Locale locale() {
            return Locale.FRENCH;
        }

        /** {@code 16h00}, {@code 9h05}. */
        private static String time(LocalTime t) {
            return t.getHour() + "h" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
        }

        /** {@code samedi 19 septembre}, {@code jeudi 1er octobre}. */
        private static String date(LocalDate d) {
            int dom = d.getDayOfMonth();
            return DAYS[d.getDayOfWeek().getValue() - 1] + " " + (dom == 1 ? "1er" : Integer.toString(dom)) + " "
                    + MONTHS[d.getMonthValue() - 1];
        }

        private static String when(Day day, LocalDate date) {
            return switch (day) {
                case TODAY -> "aujourd'hui";
                case TOMORROW -> "demain";
                case OTHER -> "le " + date(date);
            };
        }

        @Override
        public String collect(Day day, LocalDate date, LocalTime time, String store) {
            String when = switch (day) {
                case TODAY -> "";
                case TOMORROW -> "demain ";
                case OTHER -> "le " + date(date) + " ";
            };
            return "Retrait " + when + "dès " + time(time) + " au magasin " + store;
        }

        @Override
        public String delivery(Day day, LocalDate date, LocalTime time) {
            return "Livraison " + when(day, date) + " avant " + time(time);
        }

        @Override
        public String orderWithin(String duration) {
            return "Commandez dans les " + duration;
        }

        @Override
        public String orderWithinAMinute() {
            return "Commandez dans moins d'une minute";
        }

        @Override
        public String orderBefore(LocalDate date, LocalTime time) {
            return "Commandez avant le " + date(date) + " à " + time(time);
        }

        @Override
        public String purpose(boolean collect, Day day, LocalDate date) {
            return (collect ? "pour un retrait " : "pour être livré ") + when(day, date);
        }

        @Override
        public String moved(Method method, LocalDate date, LocalTime time, LocalDate oldDate, LocalTime oldTime) {
            boolean collect = method == Method.COLLECT;
            boolean timed = method != Method.HOME_DELIVERY; // a home delivery's time is always the service's deliverBy
            String at = collect ? " dès " : " à ";
            String s = (collect ? "Votre commande sera prête à retirer le " : "Votre commande arrivera le ") + date(date);
            if (date.equals(oldDate)) {
                return timed && !time.equals(oldTime) ? s + at + time(time) + " au lieu de " + time(oldTime) : s + " comme prévu";
            }
            return s + (timed ? at + time(time) : "") + " au lieu du " + (sameMonth(date, oldDate) ? dayOfMonth(oldDate) : date(oldDate));
        }

        @Override
        public String lost(Method method, LocalDate oldDate) {
            return (method == Method.COLLECT ? "Votre commande ne pourra pas être prête à retirer le "
                    : "Votre commande ne pourra pas arriver le ") + date(oldDate) + " comme prévu : nous revenons vers vous";
        }

        /** {@code samedi 19}, {@code jeudi 1er}. */
        private static String dayOfMonth(LocalDate d) {
            int dom = d.getDayOfMonth();
            return DAYS[d.getDayOfWeek().getValue() - 1] + " " + (dom == 1 ? "1er" : Integer.toString(dom));
        }
    }

    private static final class English implements Phrases {

        private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday"};
        private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"};

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        /** {@code 4:00 pm}, {@code 12:00 pm} at noon, {@code 12:30 am} after midnight. */
        private static String time(LocalTime t) {
            int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            return h + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute() + (t.getHour() < 12 ? " am" : " pm");
        }

        /** {@code Saturday 19 September}. */
        private static String date(LocalDate d) {
            return DAYS[d.getDayOfWeek().getValue() - 1] + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
        }

        private static String when(Day day, LocalDate date) {
            return switch (day) {
                case TODAY -> "today";
                case TOMORROW -> "tomorrow";
                case OTHER -> "on " + date(date);
            };
        }

        @Override
        public String collect(Day day, LocalDate date, LocalTime time, String store) {
            return switch (day) {
                case TODAY -> "Pick up from " + time(time) + " today at " + store;
                case TOMORROW -> "Pick up tomorrow from " + time(time) + " at " + store;
                case OTHER -> "Pick up on " + date(date) + " from " + time(time) + " at " + store;
            };
        }

        @Override
        public String delivery(Day day, LocalDate date, LocalTime time) {
            return "Delivered " + when(day, date) + " by " + time(time);
        }

        @Override
        public String orderWithin(String duration) {
            return "Order within " + duration;
        }

        @Override
        public String orderWithinAMinute() {
            return "Order within the next minute";
        }

        @Override
        public String orderBefore(LocalDate date, LocalTime time) {
            return "Order by " + date(date) + " " + time(time);
        }

        @Override
        public String purpose(boolean collect, Day day, LocalDate date) {
            return (collect ? "to pick up " : "for delivery ") + when(day, date);
        }

        @Override
        public String moved(Method method, LocalDate date, LocalTime time, LocalDate oldDate, LocalTime oldTime) {
            boolean collect = method == Method.COLLECT;
            boolean timed = method != Method.HOME_DELIVERY;
            String at = collect ? " from " : " at ";
            String s = (collect ? "Your order will be ready to pick up on " : "Your order will arrive on ") + date(date);
            if (date.equals(oldDate)) {
                return timed && !time.equals(oldTime) ? s + at + time(time) + " instead of " + time(oldTime) : s + " as planned";
            }
            return s + (timed ? at + time(time) : "") + " instead of " + (sameMonth(date, oldDate)
                    ? DAYS[oldDate.getDayOfWeek().getValue() - 1] + " " + oldDate.getDayOfMonth() : date(oldDate));
        }

        @Override
        public String lost(Method method, LocalDate oldDate) {
            return (method == Method.COLLECT ? "Your order cannot be ready to pick up on " : "Your order cannot arrive on ")
                    + date(oldDate) + " as promised: we will contact you";
        }
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }
}
