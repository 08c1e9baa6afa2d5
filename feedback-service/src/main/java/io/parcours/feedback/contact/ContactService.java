package io.parcours.feedback.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.security.Caller;
import io.parcours.common.security.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Contact use cases: editors create, import and unsubscribe contacts; readers list them, and only editors and admins
 * see how to reach them (a viewer's copy has no e-mail address or phone number).
 */
@ApplicationScoped
public class ContactService {

    private final ContactStore store;
    private final Caller caller;

    public ContactService(ContactStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** A page of contacts, and whether the caller may see how to reach them. */
    public record ContactPage(List<Contact> contacts, boolean detailsShown, boolean hasNextPage, long totalCount) {
    }

    public Uni<Contact> upsert(ContactDetails details) {
        return caller.workspaceToWrite().chain(workspace -> {
            List<ValidationException.Violation> violations = ContactRules.check(details, "input.");
            if (!violations.isEmpty()) {
                return Uni.createFrom().failure(new ValidationException(violations));
            }
            return store.upsertAll(workspace, List.of(details), now())
                    .chain(() -> store.find(workspace, details.respondentRef()));
        });
    }

    /** Imports a CSV file: the valid rows are stored in one bulk write, the others reported. */
    public Uni<ImportReport> importCsv(String csv) {
        return caller.workspaceToWrite().chain(workspace -> {
            ContactImport.Parsed parsed;
            try {
                parsed = ContactImport.parse(csv == null ? "" : csv);
            } catch (ValidationException refused) {
                return Uni.createFrom().failure(refused);
            }
            return store.upsertAll(workspace, parsed.contacts(), now()).map(written -> ImportReport.of(parsed, written));
        });
    }

    public Uni<Contact> find(String respondentRef) {
        return caller.workspaceToRead().chain(workspace -> store.find(workspace, respondentRef));
    }

    /** Whether the caller may see contacts' e-mail addresses and phone numbers (editors and admins). */
    public boolean detailsShown() {
        return caller.hasAnyRole(Role.WRITERS);
    }

    public Uni<ContactPage> list(String search, Integer first, String after) {
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> store.page(workspace, search, page.after(), page.size() + 1)
                        .chain(rows -> store.count(workspace, search).map(total -> new ContactPage(
                                rows.subList(0, Math.min(page.size(), rows.size())), detailsShown(),
                                rows.size() > page.size(), total)))));
    }

    /** An editor records that the contact wants no more invitations. */
    public Uni<Contact> unsubscribe(String respondentRef) {
        return caller.workspaceToWrite().chain(workspace -> store.unsubscribe(workspace, respondentRef, now())
                .chain(found -> found ? store.find(workspace, respondentRef)
                        : Uni.createFrom().failure(new NotFoundException("No contact with respondentRef " + respondentRef))));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
