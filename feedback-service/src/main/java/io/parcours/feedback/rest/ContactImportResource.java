package io.parcours.feedback.rest;

import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.parcours.feedback.contact.ContactService;
import io.parcours.feedback.contact.ImportReport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Contacts imported from a CSV file, e.g. exported from a CRM. */
@Path("/api/v1/contacts/import")
@Tag(name = "Contacts", description = "The people a workspace invites to its surveys (role editor or admin)")
public class ContactImportResource {

    private final ContactService contacts;

    public ContactImportResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import contacts from CSV", description = "RFC 4180 CSV in UTF-8 with a header row: "
            + "respondentRef (required), email, phone (E.164), locale, timeZone, emailConsent, smsConsent (true/false, "
            + "yes/no or 1/0; empty is false) and attributes.NAME columns. Up to 10,000 rows and 4 MiB. Each row creates "
            + "the contact or replaces its details (an unsubscription stays); a row that breaks a rule is reported "
            + "with its number and each rule, and the others are imported.")
    @APIResponse(responseCode = "200", description = "What was imported, and each refused row")
    @APIResponse(responseCode = "413", description = "Over 4 MiB",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "415", description = "Not text/csv",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "422", description = "Not CSV with a header, an unknown column, or over 10,000 rows",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.class)))
    public Uni<ImportReport> importCsv(@Context RoutingContext request) {
        // The body as RestRequestGuard read and bounded it (up to 4 MiB), already in memory: no second copy.
        return contacts.importCsv(request.body().asString(StandardCharsets.UTF_8.name()));
    }
}
