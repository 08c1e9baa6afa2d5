package io.parcours.persona.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Name("PersonaInput")
@Description("A whole persona as the client wants it stored. On update it replaces every field: omitted lists become empty.")
public class PersonaInput {

    static final int MAX_ITEMS = 20;
    static final int MAX_ITEM_LENGTH = 300;

    @NonNull
    @NotBlank
    @Size(min = 1, max = 120)
    @Description("Display name, 1–120 characters, e.g. \"Sofia\".")
    public String name;

    @Size(max = 120)
    @Description("Short archetype label, up to 120 characters, e.g. \"Busy parent\".")
    public String title;

    @Size(max = 2000)
    @Description("A paragraph describing the persona, up to 2,000 characters.")
    public String summary;

    @Size(max = 500)
    @Description("A representative quote in the persona's own words, up to 500 characters.")
    public String quote;

    @Size(max = 2048)
    @Pattern(regexp = "(?i)https?://\\S+|/api/v1/persona-photos/[0-9a-f]{64}",
            message = "must be an absolute http or https URL, or a photo uploaded to this platform")
    @Description("The avatar image: an absolute http(s) URL (up to 2,048 characters), or the address of a photo "
            + "uploaded with PUT /api/v1/personas/{id}/photo, as that upload set it.")
    public String avatarUrl;

    @Valid
    @Description("Demographic bands; omitted means unknown.")
    public DemographicsInput demographics;

    @Size(max = MAX_ITEMS)
    @Description("What the persona wants to achieve; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> goals;

    @Size(max = MAX_ITEMS)
    @Description("What gets in the persona's way; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> frustrations;

    @Size(max = MAX_ITEMS)
    @Description("Why the persona acts; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> motivations;

    @Size(max = MAX_ITEMS)
    @Description("Observed habits; up to 20 items of 1–300 characters.")
    public List<@NotBlank @Size(max = MAX_ITEM_LENGTH) String> behaviours;

    @Size(max = 15)
    @Description("Channels the persona prefers, most preferred first; duplicates are dropped.")
    public List<@NotNull Channel> preferredChannels;

    @Size(max = MAX_ITEMS)
    @Description("Free labels for filtering; up to 20 tags of 1–40 characters; duplicates are dropped.")
    public List<@NotBlank @Size(max = 40) String> tags;
}
