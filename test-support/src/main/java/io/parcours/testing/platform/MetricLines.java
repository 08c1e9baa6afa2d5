package io.parcours.testing.platform;

/** Lines of a Prometheus /q/metrics answer. */
public final class MetricLines {

    private MetricLines() {
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
