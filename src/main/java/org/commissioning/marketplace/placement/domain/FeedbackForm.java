package org.commissioning.marketplace.placement.domain;

import java.util.List;

/**
 * The questions one respondent is asked, in plain English for their age: a picture scale and three
 * questions for children under 8, short questions for 8 to 12, fuller ones from 13, and questions
 * about the child for their family. Question keys are the same everywhere, so answers add up across
 * forms; the youngest are not asked what they cannot be expected to judge.
 */
public record FeedbackForm(Respondent respondent, AgeBand ageBand, String heading, boolean pictures, List<Question> choices,
                           List<Question> writing) {

    /** Who answers. */
    public enum Respondent {
        CHILD("The child or young person"),
        FAMILY("A parent or family member (birth parent, adopter, special guardian)");

        private final String label;

        Respondent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which form a child is given. */
    public enum AgeBand {
        UNDER_8("Under 8 (a picture scale)"),
        AGE_8_TO_12("8 to 12 (short questions)"),
        AGE_13_PLUS("13 and over (fuller questions)");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A question: its key (the answer's field), the words and a hint. */
    public record Question(String key, String text, String hint) {
    }

    public static final String FEELS_SAFE = "feelsSafe";
    public static final String LISTENED_TO = "listenedTo";
    public static final String SETTLED = "settled";
    public static final String SEES_PEOPLE = "seesPeople";
    public static final String SCHOOL = "school";
    public static final String WHAT_IS_GOOD = "whatIsGood";
    public static final String WHAT_WOULD_HELP = "whatWouldHelp";
    public static final String ANYTHING_ELSE = "anythingElse";

    /** What each choice question is about, in a table of answers (never a child's words). */
    public static String topic(String key) {
        return switch (key) {
            case FEELS_SAFE -> "Feels safe";
            case LISTENED_TO -> "Feels listened to";
            case SETTLED -> "Feels settled";
            case SEES_PEOPLE -> "Sees the people who matter";
            case SCHOOL -> "School or college going well";
            default -> key;
        };
    }

    public static FeedbackForm of(Respondent respondent, AgeBand band) {
        if (respondent == Respondent.FAMILY) {
            return new FeedbackForm(respondent, null, "Tell us how the placement is going", false, List.of(
                    new Question(FEELS_SAFE, "Do you think your child is safe where they live now?", null),
                    new Question(LISTENED_TO, "Do the carers or staff listen to you?", null),
                    new Question(SETTLED, "Does your child seem settled?", null),
                    new Question(SEES_PEOPLE, "Can you and your child keep in touch as agreed?", "Visits, calls or letters."),
                    new Question(SCHOOL, "Is your child getting the education they need?", null)), List.of(
                    new Question(WHAT_IS_GOOD, "What is going well?", null),
                    new Question(WHAT_WOULD_HELP, "What would make it better?", null),
                    new Question(ANYTHING_ELSE, "Is there anything else you want the council to know?", null)));
        }
        return switch (band == null ? AgeBand.AGE_8_TO_12 : band) {
            case UNDER_8 -> new FeedbackForm(respondent, AgeBand.UNDER_8, "How do you feel?", true, List.of(
                    new Question(FEELS_SAFE, "Do you feel safe where you live?", null),
                    new Question(SETTLED, "Do you like living here?", null),
                    new Question(LISTENED_TO, "Do the grown-ups listen to you?", null)), List.of(
                    new Question(WHAT_IS_GOOD, "What is the best thing about living here?", "A grown-up can write it for you.")));
            case AGE_8_TO_12 -> new FeedbackForm(respondent, AgeBand.AGE_8_TO_12, "Tell us how things are", false, List.of(
                    new Question(FEELS_SAFE, "Do you feel safe where you live?", null),
                    new Question(LISTENED_TO, "Do the people who look after you listen to you?", null),
                    new Question(SETTLED, "Do you feel settled where you live?", null),
                    new Question(SEES_PEOPLE, "Do you see the people who matter to you?", "Family, friends, anyone important to you."),
                    new Question(SCHOOL, "Is school going well?", null)), List.of(
                    new Question(WHAT_IS_GOOD, "What is good about where you live?", null),
                    new Question(WHAT_WOULD_HELP, "What would make it better?", null)));
            case AGE_13_PLUS -> new FeedbackForm(respondent, AgeBand.AGE_13_PLUS, "Tell us how things are", false, List.of(
                    new Question(FEELS_SAFE, "Do you feel safe where you live?", null),
                    new Question(LISTENED_TO, "Do the people who look after you listen to you and take your views seriously?", null),
                    new Question(SETTLED, "Do you feel settled where you live?", null),
                    new Question(SEES_PEOPLE, "Do you see the people who matter to you as much as you want?", "Family, friends, anyone important to you."),
                    new Question(SCHOOL, "Is school, college or work going well?", null)), List.of(
                    new Question(WHAT_IS_GOOD, "What is good about where you live?", null),
                    new Question(WHAT_WOULD_HELP, "What would make it better?", null),
                    new Question(ANYTHING_ELSE, "Is there anything else you want to tell us?", null)));
        };
    }

    public boolean asks(String key) {
        return choices.stream().anyMatch(q -> q.key().equals(key)) || writing.stream().anyMatch(q -> q.key().equals(key));
    }
}
