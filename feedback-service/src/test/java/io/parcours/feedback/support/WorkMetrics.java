package io.parcours.feedback.support;

import static io.restassured.RestAssured.given;

/** Reads one series of the service's Prometheus metrics. */
public final class WorkMetrics {

    private WorkMetrics() {
    }

    /** The series' value (labels as Prometheus writes them, sorted by name), 0 when it is not there yet. */
    public static double value(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0])).orElse(0.0);
    }

    /** Whether the metrics hold a series that starts so (a gauge with its labels). */
    public static boolean has(String seriesStart) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .anyMatch(line -> line.startsWith(seriesStart));
    }
}
