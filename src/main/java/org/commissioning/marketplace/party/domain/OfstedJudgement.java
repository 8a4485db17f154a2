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
}
