package io.parcours.feedback.support;

import static io.restassured.RestAssured.given;

import io.parcours.testing.platform.MetricLines;

/** Reads one series of the service's Prometheus metrics. */
public final class WorkMetrics {

    private WorkMetrics() {
    }

    /** The series' value (labels as Prometheus writes them, sorted by name), 0 when it is not there yet. */
    public static double value(String series) {
        return MetricLines.of(given().get("/q/metrics").then().statusCode(200).extract().asString(), series);
    }

    /** Whether the metrics hold a series that starts so (a gauge with its labels). */
    public static boolean has(String seriesStart) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .anyMatch(line -> line.startsWith(seriesStart));
    }
}
