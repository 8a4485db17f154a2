package org.commissioning.marketplace.evaluation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Procurement Act 2023 notices a framework's or dynamic market's life calls for, worked out
 * from the procedure and what has happened: the preliminary market engagement notice before the
 * tender notice when the hub engages the market (UK2), the tender notice at publication (UK4), the
 * procurement termination notice when a published tender is cancelled (UK12), the contract award
 * notice before the agreement is entered into (UK6), the contract details notice within 30 days of
 * it (UK7), the contract termination notice within 30 days of ending it early (UK11) and, for a
 * dynamic market, its establishment (UK13), modification (UK14, one for each) and cessation (UK15) notices. The marketplace
 * publishes each at its event; a notice whose event has passed without one is overdue after its
 * period (due until then), and a notice whose event is still ahead is expected.
 */
public final class ProcurementNotices {

    /** The notices, by the Act's codes. */
    public enum Code {
        UK2("Preliminary market engagement notice"),
        UK4("Tender notice"),
        UK6("Contract award notice"),
        UK7("Contract details notice"),
        UK11("Contract termination notice"),
        UK12("Procurement termination notice"),
        UK13("Dynamic market notice: establishment"),
        UK14("Dynamic market notice: modification"),
        UK15("Dynamic market notice: cessation");

        private final String label;

        Code(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum State {
        PUBLISHED("Published"),
        DUE("Due"),
        OVERDUE("Overdue"),
        EXPECTED("Not yet due"),
        /** A notice only some procurements call for (UK2: only when the hub engages the market), still possible. */
        OPTIONAL("Only if used");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What has happened: each instant is null until it does. {@code tenderNotice},
     * {@code terminationNotice} and {@code awardNotice} are when those notices were published; an
     * agreement's live and end instants are when its contract details and termination notices go out.
     * {@code marketEngagement} is when the preliminary market engagement notice was published (null:
     * none) and {@code marketModifications} when each modification of a dynamic market was.
     */
    public record Facts(boolean dynamicMarket, Instant marketEngagement, Instant published, Instant tenderNotice, Instant cancelled,
                        Instant terminationNotice, Instant awardNotice, Instant agreementLive, Instant agreementEnded,
                        boolean endedEarly, List<Instant> marketModifications) {

        public Facts {
            marketModifications = List.copyOf(marketModifications);
        }

        /** A procurement without preliminary market engagement or modifications. */
        public Facts(boolean dynamicMarket, Instant published, Instant tenderNotice, Instant cancelled, Instant terminationNotice,
                     Instant awardNotice, Instant agreementLive, Instant agreementEnded, boolean endedEarly) {
            this(dynamicMarket, null, published, tenderNotice, cancelled, terminationNotice, awardNotice, agreementLive,
                    agreementEnded, endedEarly, List.of());
        }
    }

    /** One notice: when it is called for, by when, when it was published, and so its state. */
    public record Notice(Code code, String when, Instant dueBy, Instant publishedAt, State state) {
    }

    static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private ProcurementNotices() {
    }

    /** The notices the tender's life calls for so far, and those still ahead, in the order they fall due. */
    public static List<Notice> of(Facts f, Instant now) {
        List<Notice> notices = new ArrayList<>();
        if (f.marketEngagement() != null) {
            notices.add(notice(Code.UK2, "Before the tender notice, when the hub engages the market (s.17)", f.marketEngagement(),
                    f.marketEngagement(), f.marketEngagement(), now));
        } else if (f.published() == null && f.cancelled() == null) {
            notices.add(new Notice(Code.UK2, "Before the tender notice, only if the hub engages the market (s.17)", null, null,
                    State.OPTIONAL));
        }
        notices.add(notice(Code.UK4, "When the tender is published", f.published(), f.published(), f.tenderNotice(), now));
        if (f.cancelled() != null) {
            if (f.published() != null) {
                notices.add(notice(Code.UK12, "When a published tender is cancelled (as soon as reasonably practicable)",
                        f.cancelled(), f.cancelled(), f.terminationNotice(), now));
            }
            return notices;
        }
        notices.add(notice(Code.UK6, "When the award is approved, before the agreement is entered into (it starts the standstill)",
                f.awardNotice(), f.awardNotice(), f.awardNotice(), now));
        Instant detailsDue = f.agreementLive() == null ? null : f.agreementLive().plus(THIRTY_DAYS);
        notices.add(notice(Code.UK7, "Within 30 days of entering into the agreement", f.agreementLive(), detailsDue,
                f.agreementLive(), now));
        if (f.dynamicMarket()) {
            notices.add(notice(Code.UK13, "When the dynamic market is established (its agreement goes live)", f.agreementLive(),
                    f.agreementLive(), f.agreementLive(), now));
            for (Instant modified : f.marketModifications()) {
                notices.add(notice(Code.UK14, "Before the dynamic market's terms are modified", modified, modified, modified, now));
            }
        }
        if (f.agreementEnded() != null && f.endedEarly()) {
            notices.add(notice(Code.UK11, "Within 30 days of ending the agreement early", f.agreementEnded(),
                    f.agreementEnded().plus(THIRTY_DAYS), f.agreementEnded(), now));
        }
        if (f.dynamicMarket()) {
            notices.add(notice(Code.UK15, "When the dynamic market ceases (its agreement ends)", f.agreementEnded(),
                    f.agreementEnded(), f.agreementEnded(), now));
        }
        return notices;
    }

    private static Notice notice(Code code, String when, Instant event, Instant dueBy, Instant publishedAt, Instant now) {
        State state = publishedAt != null ? State.PUBLISHED
                : event == null ? State.EXPECTED
                : dueBy != null && now.isAfter(dueBy) ? State.OVERDUE : State.DUE;
        return new Notice(code, when, event == null ? null : dueBy, publishedAt, state);
    }
}
