package io.parcours.feedback.contact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.parcours.common.error.ValidationException.Violation;

/** What a CSV import did: rows received, contacts created and updated, and each refused row with why. */
@Schema(name = "ContactImportReport")
public record ImportReport(int received, int created, int updated, List<Refused> refused) {

    /** A row not imported: its number (1 = the first after the header), its reference, each broken rule. */
    @Schema(name = "RefusedContactRow")
    public record Refused(int row, String respondentRef, List<Violation> violations) {
    }

    static ImportReport of(ContactImport.Parsed parsed, ContactStore.Written written) {
        return new ImportReport(parsed.received(), written.created(), written.updated(), parsed.refused().stream()
                .map(row -> new Refused(row.row(), row.respondentRef(), row.violations())).toList());
    }
}
