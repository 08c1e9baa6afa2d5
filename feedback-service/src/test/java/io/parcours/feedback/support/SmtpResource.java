package io.parcours.feedback.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server in the test JVM (GreenMail) that catches every invitation e-mail; tests read what arrived. An
 * external one is used when SMTP_URL (host:port) is set.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("SMTP_URL");
        if (external != null) {
            String[] hostPort = external.split(":");
            return Map.of("quarkus.mailer.host", hostPort[0], "quarkus.mailer.port", hostPort[1]);
        }
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The server every test of this JVM sends to. */
    public static GreenMail server() {
        return server;
    }
}
