package io.parcours.touchpoint.journey;

/** Size limits of a journey map, so that one map always loads and renders in one request. */
public final class Limits {

    public static final int MAX_STAGES = 20;
    public static final int MAX_TOUCHPOINTS_PER_STAGE = 50;
    public static final int MAX_STAGE_NAME = 120;
    /** As JourneyInput's name. */
    public static final int MAX_JOURNEY_NAME = 120;

    private Limits() {
    }
}
