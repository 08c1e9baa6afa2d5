package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.contact.ImportReport;

@Name("ContactImportReport")
@Description("What an import of contacts did.")
public record ContactImportView(@Description("Data rows received.") int received,
        @Description("Contacts created.") int created,
        @Description("Contacts whose details were replaced.") int updated,
        @NonNull @Description("Each row not imported, with why.") List<@NonNull RefusedRow> refused) {

    static ContactImportView of(ImportReport report) {
        return new ContactImportView(report.received(), report.created(), report.updated(), report.refused().stream()
                .map(row -> new RefusedRow(row.row(), row.respondentRef(), row.violations().stream()
                        .map(v -> new RowViolation(v.field(), v.rule())).toList()))
                .toList());
    }

    @Name("RefusedContactRow")
    @Description("A CSV row that was not imported.")
    public record RefusedRow(@Description("Its number: 1 is the first row after the header.") int row,
            @Description("Its respondentRef as written, if any.") String respondentRef,
            @NonNull @Description("Each rule it broke.") List<@NonNull RowViolation> violations) {
    }

    @Name("RowViolation")
    @Description("A column of a row and the rule its value broke.")
    public record RowViolation(@NonNull @Description("The column, e.g. email.") String field,
            @NonNull @Description("The rule.") String rule) {
    }
}
