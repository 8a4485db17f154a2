package org.commissioning.marketplace.placement.domain;

/** An answer to a feedback question; the youngest children choose a face that means the same. */
public enum FeedbackAnswer {
    YES("Yes", "Happy face"),
    SOMETIMES("Sometimes", "In-between face"),
    NO("No", "Sad face");

    private final String label;
    private final String picture;

    FeedbackAnswer(String label, String picture) {
        this.label = label;
        this.picture = picture;
    }

    public String label() {
        return label;
    }

    /** What the picture scale's face is called, for a screen reader. */
    public String picture() {
        return picture;
    }
}
