package org.commissioning.marketplace.party.domain;

import java.time.LocalDate;

/**
 * One setting's line in Ofsted's published provider-level data: its URN, registration status and
 * the overall judgement of its latest full inspection (none when it has not been inspected).
 */
public record OfstedRecord(int line, String urn, RegistrationStatus registration, OfstedJudgement judgement,
                           LocalDate inspectionDate) {
}
