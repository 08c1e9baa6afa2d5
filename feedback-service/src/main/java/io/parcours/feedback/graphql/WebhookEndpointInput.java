package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.webhook.WebhookEndpointDetails;
import io.parcours.feedback.webhook.WebhookEventType;
import io.parcours.feedback.webhook.WebhookUrls;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Name("WebhookEndpointInput")
@Description("A whole webhook endpoint as the client wants it.")
public class WebhookEndpointInput {

    @NonNull
    @NotBlank
    @Size(max = WebhookUrls.MAX_LENGTH)
    @Description("Where to POST: an http or https URL of a public address (no credentials, no fragment), at most 2,000 "
            + "characters. Redirects are not followed.")
    public String url;

    @Size(max = 500)
    @Description("What it is for, up to 500 characters.")
    public String description;

    @NonNull
    @NotEmpty
    @Size(max = 2)
    @Description("The events it is sent, at least one.")
    public List<@NonNull @NotNull WebhookEventType> events;

    @Description("The signing secret: whsec_ and the base64 of 24–64 random bytes. Omitted: generated on create, kept on "
            + "update.")
    public String secret;

    @DefaultValue("true")
    @Description("Whether it is sent events; true when omitted. Deliveries queued for a disabled endpoint become DEAD.")
    public Boolean enabled;

    WebhookEndpointDetails details() {
        return new WebhookEndpointDetails(url, description, events.stream().distinct().toList(), secret,
                enabled == null || enabled);
    }
}
