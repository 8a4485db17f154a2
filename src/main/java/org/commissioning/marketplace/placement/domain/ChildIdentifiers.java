package org.commissioning.marketplace.placement.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the obvious identifiers that must never be written about a child in free text that
 * providers read (a referral's needs summary): an NHS number, a date of birth or any full date, a
 * full postcode, an email address, a phone number. Names cannot be found this way; the forms say
 * never to write one.
 */
public final class ChildIdentifiers {

    private record Kind(String what, Pattern pattern) {
    }

    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

    private static final List<Kind> KINDS = List.of(
            new Kind("an email address", Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+")),
            new Kind("a full postcode", Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("a phone number", Pattern.compile("(?<![\\d])(\\+44\\s?\\(?0?\\)?\\s?|0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?![\\d])")),
            new Kind("an NHS number", Pattern.compile("(?<![\\d])\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{4}(?![\\d])")),
            new Kind("a date of birth", Pattern.compile("\\b(d\\.?o\\.?b\\.?|date of birth|born on)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("a full date (a date of birth identifies a child)", Pattern.compile(
                    "\\b\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+"
                            + MONTHS + "\\s+\\d{4}\\b", Pattern.CASE_INSENSITIVE)));

    private ChildIdentifiers() {
    }

    /** What kind of identifier the text holds, if any ("an NHS number"). */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return KINDS.stream().filter(k -> k.pattern().matcher(text).find()).map(Kind::what).findFirst();
    }
}
