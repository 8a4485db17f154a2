package org.commissioning.marketplace.bidding.domain;

import org.commissioning.marketplace.shared.domain.NeedLevel;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a provider offers: per lot, a weekly fee per need level, optional capacity (places a year)
 * and an answer to each quality and social-value question (by criterion id); and an answer to each
 * selection question (by its number).
 */
public record BidContent(List<LotBid> lots, Map<String, String> selectionAnswers, List<AttachmentRef> attachments) {

    /** Content without attachments (the server lists a bid's attachments itself when it is submitted). */
    public static BidContent of(List<LotBid> lots, Map<String, String> selectionAnswers) {
        return new BidContent(lots, selectionAnswers, List.of());
    }

    /** A file attached to the bid: what it is for and what it was, so the receipt digest covers it. */
    public record AttachmentRef(Long id, String purpose, String fileName, String mediaType, Long sizeBytes, String sha256) {
    }

    /** The purpose of evidence for a selection question. */
    public static String selectionPurpose(int question) {
        return "selection " + question;
    }

    /** The purpose of an attachment to a quality answer in a lot. */
    public static String answerPurpose(int lot, long question) {
        return "lot " + lot + " answer " + question;
    }

    /** This content with the given attachments listed (whatever a client sent for them is ignored). */
    public BidContent withAttachments(List<AttachmentRef> listed) {
        return new BidContent(lots, selectionAnswers, List.copyOf(listed));
    }

    public static final int MAX_ANSWER = 5_000;
    public static final BigDecimal MAX_WEEKLY_FEE = new BigDecimal("50000.00");

    /** Keys are plain strings for JSON clients: need-level names (STANDARD...) and criterion ids. */
    public record LotBid(Integer lot, Map<String, BigDecimal> weeklyFees, Integer capacity,
                         Map<String, String> answers) {
    }

    /** What a tender asks of a bid on each lot, and its selection questions. */
    public record Requirements(Map<Integer, LotRequirement> lots, Set<Integer> selectionQuestions) {
    }

    public record LotRequirement(Set<NeedLevel> pricedLevels, Set<Long> questions) {
    }

    /** Every reason the bid cannot be submitted yet, keyed by where it is; empty when complete. */
    public Map<String, String> problems(Requirements required) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (lots == null || lots.isEmpty()) {
            problems.put("lots", "Bid on at least one lot.");
            return problems;
        }
        for (LotBid lot : lots) {
            String where = "lot " + lot.lot();
            LotRequirement requirement = lot.lot() == null ? null : required.lots().get(lot.lot());
            if (requirement == null) {
                problems.put(where, "There is no lot " + lot.lot() + " in this tender.");
                continue;
            }
            for (NeedLevel level : requirement.pricedLevels()) {
                BigDecimal fee = lot.weeklyFees() == null ? null : lot.weeklyFees().get(level.name());
                if (fee == null) {
                    problems.put(where + " fee " + level, "Enter the weekly fee for " + level.label().toLowerCase()
                            + " needs in lot " + lot.lot() + ".");
                } else if (fee.signum() <= 0 || fee.compareTo(MAX_WEEKLY_FEE) > 0 || fee.stripTrailingZeros().scale() > 2) {
                    problems.put(where + " fee " + level, "The weekly fee for " + level.label().toLowerCase()
                            + " needs in lot " + lot.lot() + " must be in pounds and pence, more than 0 and at most 50,000.");
                }
            }
            if (lot.capacity() != null && (lot.capacity() < 0 || lot.capacity() > 10_000)) {
                problems.put(where + " capacity", "Capacity in lot " + lot.lot() + " must be from 0 to 10,000 places a year.");
            }
            for (Long question : requirement.questions()) {
                String answer = lot.answers() == null ? null : lot.answers().get(String.valueOf(question));
                if (answer == null || answer.isBlank()) {
                    problems.put(where + " answer " + question, "Answer quality question " + question + " in lot " + lot.lot() + ".");
                } else if (answer.length() > MAX_ANSWER) {
                    problems.put(where + " answer " + question, "Answers are at most " + MAX_ANSWER + " characters.");
                }
            }
        }
        if (attachments != null) {
            for (AttachmentRef attachment : attachments) {
                if (!purposes(required).contains(attachment.purpose())) {
                    problems.put("attachment " + attachment.id(), "The attachment \"" + attachment.fileName() + "\" is for "
                            + attachment.purpose() + ", which this bid does not answer. Remove it or bid on that lot.");
                }
            }
        }
        for (Integer question : required.selectionQuestions()) {
            String answer = selectionAnswers == null ? null : selectionAnswers.get(String.valueOf(question));
            if (answer == null || answer.isBlank()) {
                problems.put("selection " + question, "Answer selection question " + question + ".");
            }
        }
        return problems;
    }

    /** What attachments may support in this bid: its selection questions and the questions of the lots it covers. */
    public java.util.Set<String> purposes(Requirements required) {
        java.util.Set<String> purposes = new java.util.LinkedHashSet<>();
        required.selectionQuestions().stream().sorted().forEach(q -> purposes.add(selectionPurpose(q)));
        if (lots != null) {
            for (LotBid lot : lots) {
                LotRequirement requirement = lot.lot() == null ? null : required.lots().get(lot.lot());
                if (requirement != null) {
                    requirement.questions().stream().sorted().forEach(q -> purposes.add(answerPurpose(lot.lot(), q)));
                }
            }
        }
        return purposes;
    }

    public String lotNumbers() {
        return lots == null ? "" : String.join(",", lots.stream().map(l -> String.valueOf(l.lot())).toList());
    }
}
