package org.commissioning.marketplace.party.domain;

/** Ofsted's overall judgement of a registered setting. An inadequate setting gets no referrals. */
public enum OfstedJudgement {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate"),
    NOT_YET_INSPECTED("Not yet inspected");

    private final String label;

    OfstedJudgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when both are judgements from an inspection and this one is worse (a drop). */
    public boolean worseThan(OfstedJudgement other) {
        return other != null && this != NOT_YET_INSPECTED && other != NOT_YET_INSPECTED && ordinal() > other.ordinal();
    }
}
