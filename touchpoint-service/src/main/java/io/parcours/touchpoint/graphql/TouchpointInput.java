package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;
import io.parcours.touchpoint.journey.InteractionType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Name("TouchpointInput")
@Description("A whole touchpoint as the client wants it stored. On update it replaces every field: omitted lists become empty.")
public class TouchpointInput {

    static final int MAX_ITEMS = 20;
    static final int MAX_ITEM_LENGTH = 300;

    @NonNull
    @NotBlank
    @Size(min = 1, max = 120)
    @Description("Name, 1–120 characters, e.g. \"Checkout page\".")
    public String name;

    @Size(max = 2000)
    @Description("Details, up to 2,000 characters.")
    public String description;

    @NonNull
    @NotNull
    @Description("Where the interaction happens.")
    public Channel channel;

    @DefaultValue("DIRECT")
    @Description("DIRECT when the brand runs it (default), INDIRECT otherwise.")
    public InteractionType interaction;

    @Size(max = 120)
    @Description("Team that owns the touchpoint, up to 120 characters.")
    public String ownerTeam;

    @Size(max = 500)
    @Description("What the customer does here, up to 500 characters.")
    public String customerAction;

    @Size(max = 500)
    @Description("What the customer thinks here, up to 500 characters.")
    public String customerThought;

    @Min(-2)
    @Max(2)
    @Description("Designed emotion from −2 (very negative) to +2 (very positive); null when not designed.")
    public Integer emotion;

    @Size(max = MAX_ITEMS)
    @Description("Pain points; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> painPoints;

    @Size(max = MAX_ITEMS)
    @Description("Improvement opportunities; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> opportunities;

    @Size(max = MAX_ITEMS)
    @Description("Service blueprint: what the customer sees the brand do; up to 20 items.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> frontstage;

    @Size(max = MAX_ITEMS)
    @Description("Service blueprint: what happens out of the customer's sight; up to 20 items.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> backstage;

    @Size(max = MAX_ITEMS)
    @Description("Service blueprint: systems and teams that support the touchpoint; up to 20 items.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> supportProcesses;
}
