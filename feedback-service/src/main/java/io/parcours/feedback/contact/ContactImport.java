package io.parcours.feedback.contact;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;

/**
 * A CSV file of contacts read row by row: the header names the columns (respondentRef, email, phone, locale, timeZone,
 * emailConsent, smsConsent and attributes.NAME), each row is checked by the contact rules, and a refused row is
 * reported with its number and why — the others are imported.
 */
final class ContactImport {

    static final int MAX_ROWS = 10_000;
    static final String ATTRIBUTE_PREFIX = "attributes.";
    private static final Set<String> COLUMNS = Set.of("respondentRef", "email", "phone", "locale", "timeZone",
            "emailConsent", "smsConsent");
    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "yes", true, "1", true, "false", false,
            "no", false, "0", false, "", false);

    /** A row that was not imported: its number (1 = the first after the header) and each broken rule. */
    record RefusedRow(int row, String respondentRef, List<Violation> violations) {
    }

    record Parsed(List<ContactDetails> contacts, List<RefusedRow> refused, int received) {
    }

    private ContactImport() {
    }

    static Parsed parse(String csv) throws ValidationException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
            checkHeader(parser.getHeaderNames());
            List<ContactDetails> contacts = new ArrayList<>();
            List<RefusedRow> refused = new ArrayList<>();
            Map<String, Integer> rowOfRef = new HashMap<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                if (row > MAX_ROWS) {
                    throw ValidationException.of("(body)", "must hold at most " + MAX_ROWS + " rows; split the file");
                }
                List<Violation> violations = new ArrayList<>();
                ContactDetails contact = contact(record, violations);
                violations.addAll(ContactRules.check(contact, ""));
                Integer first = contact.respondentRef() == null ? null : rowOfRef.putIfAbsent(contact.respondentRef(), row);
                if (first != null) {
                    violations.add(new Violation("respondentRef", "repeats row " + first));
                }
                if (violations.isEmpty()) {
                    contacts.add(contact);
                } else {
                    refused.add(new RefusedRow(row, contact.respondentRef(), violations));
                }
            }
            return new Parsed(contacts, refused, row);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw ValidationException.of("(body)", "must be CSV (RFC 4180) with a header row: " + unreadable.getMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void checkHeader(List<String> header) throws ValidationException {
        List<Violation> violations = new ArrayList<>();
        if (!header.contains("respondentRef")) {
            violations.add(new Violation("(header)", "must name a respondentRef column"));
        }
        for (String column : header) {
            if (!COLUMNS.contains(column) && !column.startsWith(ATTRIBUTE_PREFIX)) {
                violations.add(new Violation("(header)." + column, "is not a column; the columns are " + String.join(", ",
                        COLUMNS.stream().sorted().toList()) + " and " + ATTRIBUTE_PREFIX + "NAME"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static ContactDetails contact(CSVRecord record, List<Violation> violations) {
        Map<String, String> attributes = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> {
            if (column.startsWith(ATTRIBUTE_PREFIX) && !value.isEmpty()) {
                attributes.put(column.substring(ATTRIBUTE_PREFIX.length()), value);
            }
        });
        return new ContactDetails(cell(record, "respondentRef"), cell(record, "email"), cell(record, "phone"),
                cell(record, "locale"), cell(record, "timeZone"), attributes.isEmpty() ? null : attributes,
                yesNo(record, "emailConsent", violations), yesNo(record, "smsConsent", violations));
    }

    /** The cell as written; an empty or missing one is null. */
    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static boolean yesNo(CSVRecord record, String column, List<Violation> violations) {
        String value = cell(record, column);
        Boolean answer = YES_NO.get(value == null ? "" : value.toLowerCase(Locale.ROOT));
        if (answer == null) {
            violations.add(new Violation(column, "must be true or false (or yes/no, 1/0); empty means false"));
            return false;
        }
        return answer;
    }
}
