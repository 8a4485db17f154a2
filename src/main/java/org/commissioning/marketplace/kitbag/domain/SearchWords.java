package org.commissioning.marketplace.kitbag.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed into the kitbag's search box, as the database's full-text index reads it:
 * every word must appear, each matching words that start with it ("foster" finds "fostering").
 * Words the index does not hold (shorter than three letters, or its stopwords) are left out;
 * the operators of the index's boolean mode never come from the user.
 */
public record SearchWords(List<String> words) {

    /** InnoDB's shortest indexed word (innodb_ft_min_token_size). */
    static final int SHORTEST = 3;
    /** InnoDB's default stopword list (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD): required, they would match nothing. */
    static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for",
            "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when",
            "where", "who", "will", "with", "und", "www");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MOST_WORDS = 12;

    public SearchWords {
        words = List.copyOf(words);
    }

    /** Null or blank: no search. Refused when nothing in it can be searched for. */
    public static SearchWords of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SearchWords(List.of());
        }
        if (typed.length() > 200) {
            throw InvalidInputException.of("q", "Search for at most 200 characters.");
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(typed.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MOST_WORDS) {
            String w = m.group();
            if (w.length() >= SHORTEST && !STOPWORDS.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw InvalidInputException.of("q", "Search for words of three letters or more, like \"fostering\" or \"tender\".");
        }
        return new SearchWords(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The expression for MATCH ... AGAINST (? IN BOOLEAN MODE): every word required, as a prefix. */
    public String booleanQuery() {
        return String.join(" ", words.stream().map(w -> "+" + w + "*").toList());
    }
}
