package io.parcours.touchpoint.relay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

class TraceParentsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanIsKeptAsItsTraceparentAndReadBackAsTheParent() {
        Span span = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()));
        String kept;
        try (Scope ignored = Context.root().with(span).makeCurrent()) {
            kept = TraceParents.ofCurrentSpan();
        }
        assertThat(kept).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");

        SpanContext parent = Span.fromContext(TraceParents.parentOf(kept)).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
        assertThat(parent.isRemote()).isTrue();
    }

    @Test
    void outsideATraceNothingIsKeptAndTheParentIsTheRoot() {
        assertThat(TraceParents.ofCurrentSpan()).isNull();
        assertThat(Span.fromContext(TraceParents.parentOf(null)).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParents.parentOf("not a traceparent")).getSpanContext().isValid()).isFalse();
    }
}
