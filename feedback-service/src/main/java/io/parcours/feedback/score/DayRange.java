package io.parcours.feedback.score;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A time range split into the whole UTC days inside it, read from the daily tallies, and the partial
 * days at its edges, read from the responses themselves. Null bounds are open.
 *
 * @param wholeDays whether any whole day lies inside (then wholeFrom ≤ day < wholeTo, nulls open)
 * @param edges [start, end) pieces read raw
 */
record DayRange(boolean wholeDays, Instant wholeFrom, Instant wholeTo, List<Instant[]> edges) {

    static DayRange of(Instant from, Instant to) {
        Instant wholeFrom = from == null ? null : ceilDay(from);
        Instant wholeTo = to == null ? null : to.truncatedTo(ChronoUnit.DAYS);
        if (wholeFrom != null && wholeTo != null && !wholeFrom.isBefore(wholeTo)) {
            return new DayRange(false, null, null, List.<Instant[]>of(new Instant[] { from, to }));
        }
        List<Instant[]> edges = new ArrayList<>();
        if (from != null && from.isBefore(wholeFrom)) {
            edges.add(new Instant[] { from, wholeFrom });
        }
        if (to != null && wholeTo.isBefore(to)) {
            edges.add(new Instant[] { wholeTo, to });
        }
        return new DayRange(true, wholeFrom, wholeTo, edges);
    }

    private static Instant ceilDay(Instant instant) {
        Instant day = instant.truncatedTo(ChronoUnit.DAYS);
        return day.equals(instant) ? day : day.plus(1, ChronoUnit.DAYS);
    }
}
