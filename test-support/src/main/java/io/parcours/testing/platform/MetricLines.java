package io.parcours.testing.platform;

/** Lines of a Prometheus /q/metrics answer. */
public final class MetricLines {

    private MetricLines() {
    }

    /**
     * The value of one series (name and labels as Prometheus writes them, labels sorted by name) in a whole
     * /q/metrics answer; 0 when the series is not there (yet).
     */
    public static double of(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst().map(MetricLines::value)
                .orElse(0.0);
    }

    /**
     * The sample's value: the number after the series name and labels. With tracing on, a line may end with an
     * exemplar ({@code # {span_id=…,trace_id=…} value timestamp}), which is not the sample.
     */
    public static double value(String line) {
        int exemplar = line.indexOf(" # ");
        String sample = (exemplar < 0 ? line : line.substring(0, exemplar)).trim();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
