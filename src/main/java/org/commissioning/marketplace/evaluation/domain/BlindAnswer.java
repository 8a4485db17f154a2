package org.commissioning.marketplace.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bid reaches a young evaluator: under a letter, never its bidder's name. A bidder may name
 * itself in an answer; the name is taken out (in full and without "Ltd", "Limited", "CIC" and the
 * like, any case) and "the provider" put in its place.
 */
public final class BlindAnswer {
    static final String IN_PLACE = "the provider";
    private static final Pattern SUFFIX = Pattern.compile("(?i)[\\s,]+(ltd\\.?|limited|cic|llp|plc|c\\.i\\.c\\.|trust)$");

    private BlindAnswer() {
    }

    /** The answer with every mention of the bidder's name replaced. */
    public static String withoutName(String answer, String bidderName) {
        if (answer == null || answer.isEmpty() || bidderName == null || bidderName.isBlank()) {
            return answer;
        }
        List<String> names = new ArrayList<>();
        String name = bidderName.strip();
        names.add(name);
        Matcher suffix = SUFFIX.matcher(name);
        if (suffix.find() && suffix.start() >= 3) {
            names.add(name.substring(0, suffix.start()).strip());
        }
        String blind = answer;
        for (String n : names) {
            blind = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(blind).replaceAll(IN_PLACE);
        }
        return blind;
    }

    /** A, B, ... Z, AA, AB, ...: the letters of the bid at this position (from 0). */
    public static String letters(int position) {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
