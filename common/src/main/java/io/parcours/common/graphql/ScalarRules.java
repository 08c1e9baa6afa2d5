package io.parcours.common.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;

/**
 * One coercion rule for every scalar, for literals in the document and for JSON variables alike: a value of the
 * wrong type or out of range is refused, never wrapped, truncated or rounded. Each check answers null when the value
 * is acceptable, or the rule it breaks, phrased to follow "must ".
 */
final class ScalarRules {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    static final String INT_RULE = "be an Int: a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    private ScalarRules() {
    }

    /** The rule a JSON variable value (String, Number, Boolean, Map, List) breaks for the scalar, or null. */
    static String checkVariable(String scalar, Object value) {
        return switch (scalar) {
            case "Int" -> value instanceof Number n && whole(n, INT_MIN, INT_MAX) ? null : INT_RULE + got(value);
            case "Long" -> value instanceof Number n && whole(n, LONG_MIN, LONG_MAX) ? null
                    : "be a Long: a whole number of 64 bits" + got(value);
            case "Float" -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? null
                    : "be a Float: a finite number" + got(value);
            case "BigDecimal" -> value instanceof Number || (value instanceof String s && decimal(s)) ? null
                    : "be a decimal number" + got(value);
            case "BigInteger" -> (value instanceof Number n && whole(n, null, null))
                    || (value instanceof String s && integer(s)) ? null : "be a whole number" + got(value);
            case "Boolean" -> value instanceof Boolean ? null : "be a Boolean: true or false" + got(value);
            case "ID" -> value instanceof String s ? text(s)
                    : value instanceof Number n && whole(n, null, null) ? null : "be an ID: a string" + got(value);
            case "DateTime" -> value instanceof String s ? dateTime(s) : "be a DateTime string" + got(value);
            case "Date" -> value instanceof String s ? date(s) : "be a Date string (yyyy-mm-dd)" + got(value);
            case "_Any" -> value instanceof Map<?, ?> ? null : "be an object with __typename and the key fields";
            default -> value instanceof String s ? text(s) : "be a String" + got(value);
        };
    }

    /** The rule a literal breaks for the scalar, or null. Object literals (for _Any) are checked by the caller. */
    static String checkLiteral(String scalar, Value<?> value) {
        return switch (scalar) {
            case "Int" -> value instanceof IntValue i && within(i.getValue(), INT_MIN, INT_MAX) ? null
                    : INT_RULE + got(value);
            case "Long" -> value instanceof IntValue i && within(i.getValue(), LONG_MIN, LONG_MAX) ? null
                    : "be a Long: a whole number of 64 bits" + got(value);
            case "Float" -> (value instanceof IntValue) || (value instanceof FloatValue f
                    && Double.isFinite(f.getValue().doubleValue())) ? null : "be a Float: a finite number" + got(value);
            case "BigDecimal" -> value instanceof IntValue || value instanceof FloatValue
                    || (value instanceof StringValue s && decimal(s.getValue())) ? null : "be a decimal number" + got(value);
            case "BigInteger" -> value instanceof IntValue || (value instanceof StringValue s && integer(s.getValue()))
                    ? null : "be a whole number" + got(value);
            case "Boolean" -> value instanceof BooleanValue ? null : "be a Boolean: true or false" + got(value);
            case "ID" -> value instanceof StringValue s ? text(s.getValue())
                    : value instanceof IntValue ? null : "be an ID: a string" + got(value);
            case "DateTime" -> value instanceof StringValue s ? dateTime(s.getValue()) : "be a DateTime string" + got(value);
            case "Date" -> value instanceof StringValue s ? date(s.getValue()) : "be a Date string (yyyy-mm-dd)" + got(value);
            default -> value instanceof StringValue s ? text(s.getValue()) : "be a String" + got(value);
        };
    }

    /** Strings reach PostgreSQL, which cannot store U+0000. */
    static String text(String value) {
        return value.indexOf('\u0000') >= 0 ? "not contain the NUL character (U+0000)" : null;
    }

    private static String dateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return null;
        } catch (DateTimeParseException unreadable) {
            return "be a DateTime: ISO 8601 with an offset, e.g. 2026-03-01T09:30:00Z";
        }
    }

    private static String date(String value) {
        try {
            LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException unreadable) {
            return "be a Date: ISO 8601, e.g. 2026-03-01";
        }
    }

    private static boolean whole(Number number, BigDecimal min, BigDecimal max) {
        BigDecimal exact = exact(number);
        if (exact == null || exact.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return (min == null || exact.compareTo(min) >= 0) && (max == null || exact.compareTo(max) <= 0);
    }

    private static boolean within(BigInteger value, BigDecimal min, BigDecimal max) {
        BigDecimal exact = new BigDecimal(value);
        return exact.compareTo(min) >= 0 && exact.compareTo(max) <= 0;
    }

    private static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static boolean decimal(String value) {
        try {
            new BigDecimal(value.trim().isEmpty() ? "x" : value);
            return true;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    private static boolean integer(String value) {
        return value.matches("-?\\d{1,64}");
    }

    /** What was sent, shown only when it is short and says nothing of the request's other data: a number or a kind. */
    private static String got(Object value) {
        if (value instanceof Number number) {
            String shown = number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    .stripTrailingZeros().toPlainString() : number.toString();
            return shown.length() <= 40 ? " (got " + shown + ")" : " (got a number of " + shown.length() + " digits)";
        }
        if (value instanceof IntValue i) {
            return got(i.getValue());
        }
        if (value instanceof FloatValue f) {
            return got(f.getValue());
        }
        return " (got " + kind(value) + ")";
    }

    static String kind(Object value) {
        if (value instanceof String || value instanceof StringValue) {
            return "a string";
        }
        if (value instanceof Boolean || value instanceof BooleanValue) {
            return "a boolean";
        }
        if (value instanceof Map<?, ?> || value instanceof graphql.language.ObjectValue) {
            return "an object";
        }
        if (value instanceof java.util.List<?> || value instanceof graphql.language.ArrayValue) {
            return "a list";
        }
        if (value instanceof graphql.language.EnumValue) {
            return "an enum value";
        }
        return "a value of another type";
    }
}
