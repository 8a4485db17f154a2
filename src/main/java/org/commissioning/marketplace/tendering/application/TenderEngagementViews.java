package org.commissioning.marketplace.tendering.application;

import org.commissioning.marketplace.tendering.domain.Clarification;
import org.commissioning.marketplace.tendering.domain.TenderDocument;

import java.time.Instant;

/** Records for clarifications, documents and deadline changes. */
public final class TenderEngagementViews {
    private TenderEngagementViews() {
    }

    public record QuestionText(String question) {
    }

    public record AnswerText(String answer) {
    }

    /** New deadlines for a published tender (either may be left out). */
    public record DeadlineChange(Instant clarificationDeadline, Instant bidDeadline) {
    }

    /**
     * A clarification as the caller may see it: {@code askedByYou} tells a provider its own
     * questions; {@code askedBy} (the provider's name) is filled in for the hub only.
     */
    public record ClarificationView(long id, long tenderId, String question, Instant askedAt, String answer,
                                    Instant answeredAt, boolean published, boolean askedByYou, String askedBy) {
        static ClarificationView of(Clarification c, boolean mine, String askedBy) {
            return new ClarificationView(c.id(), c.tenderId(), c.question(), c.askedAt(), c.answer(), c.answeredAt(),
                    c.isPublished(), mine, askedBy);
        }
    }

    public record DocumentView(long id, String title, int version, String fileName, String mediaType, long sizeBytes,
                               String sha256, Instant uploadedAt) {
        static DocumentView of(TenderDocument d) {
            return new DocumentView(d.id(), d.title(), d.versionNo(), d.fileName(), d.mediaType(), d.sizeBytes(),
                    d.sha256(), d.uploadedAt());
        }
    }

    /** A document's bytes with its name and type, for download. */
    public record DocumentFile(String fileName, String mediaType, byte[] content) {
    }
}
