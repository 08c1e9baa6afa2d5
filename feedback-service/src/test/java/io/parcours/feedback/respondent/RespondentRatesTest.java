package io.parcours.feedback.respondent;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RespondentRatesTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RespondentRates rates = new RespondentRates(5, 2, now::get);

    @Test
    void eachLimitHoldsForItsMinuteThenStartsAgain() {
        rates.submission("link-a");
        rates.submission("link-a");
        assertThatThrownBy(() -> rates.submission("link-a")).isInstanceOf(LinkRefusal.class)
                .extracting(e -> ((LinkRefusal) e).reason()).isEqualTo(LinkRefusal.Reason.RATE_LIMITED);
        rates.submission("link-b"); // another link has its own count
        for (int i = 0; i < 5; i++) {
            rates.request("10.0.0.1");
        }
        assertThatThrownBy(() -> rates.request("10.0.0.1")).isInstanceOf(LinkRefusal.class);
        rates.request("10.0.0.2");

        now.addAndGet(60_000);
        rates.submission("link-a"); // a new minute: neither throws
        rates.request("10.0.0.1");
    }
}
