package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.ServiceCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A setting registered with Ofsted (a children's home, a fostering agency, a school), with its
 * Ofsted URN and latest judgement. Part of the provider aggregate.
 */
@Entity
@Table(name = "provider_setting")
public class ProviderSetting {
    /** Children's social care URNs look like SC123456; schools and agencies have six digits. */
    public static final Pattern OFSTED_URN = Pattern.compile("(SC)?\\d{6}");
    /** The outward part of a postcode, for example M1, BL3 or WA16. */
    public static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    private String name;

    @Column(name = "ofsted_urn")
    private String ofstedUrn;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    @Enumerated(EnumType.STRING)
    private OfstedJudgement judgement;

    @Column(name = "judgement_date")
    private LocalDate judgementDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status")
    private RegistrationStatus registrationStatus = RegistrationStatus.ACTIVE;

    @Column(name = "postcode_district")
    private String postcodeDistrict;

    private int places;

    private int vacancies;

    @Column(name = "vacancies_updated_at")
    private java.time.Instant vacanciesUpdatedAt;

    @Column(name = "registered_needs")
    private String registeredNeeds = "";

    @Version
    private long version;

    protected ProviderSetting() {
    }

    ProviderSetting(Provider provider, String name, String ofstedUrn, ServiceCategory category,
                    OfstedJudgement judgement, LocalDate judgementDate, String postcodeDistrict, int places) {
        String urn = ofstedUrn == null ? "" : ofstedUrn.strip().toUpperCase();
        if (!OFSTED_URN.matcher(urn).matches()) {
            throw InvalidInputException.of("ofstedUrn", "Enter the Ofsted URN, like SC123456 or 123456.");
        }
        String district = postcodeDistrict == null ? "" : postcodeDistrict.strip().toUpperCase();
        if (!POSTCODE_DISTRICT.matcher(district).matches()) {
            throw InvalidInputException.of("postcodeDistrict", "Enter the postcode district, like M1 or BL3.");
        }
        if (places < 1 || places > 500) {
            throw InvalidInputException.of("places", "Places must be between 1 and 500.");
        }
        if (judgement != OfstedJudgement.NOT_YET_INSPECTED && judgementDate == null) {
            throw InvalidInputException.of("judgementDate", "Enter the date of the Ofsted judgement.");
        }
        this.provider = provider;
        this.name = name;
        this.ofstedUrn = urn;
        this.category = category;
        this.judgement = judgement;
        this.judgementDate = judgementDate;
        this.postcodeDistrict = district;
        this.places = places;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Provider provider() {
        return provider;
    }

    public String ofstedUrn() {
        return ofstedUrn;
    }

    public ServiceCategory category() {
        return category;
    }

    public OfstedJudgement judgement() {
        return judgement;
    }

    public LocalDate judgementDate() {
        return judgementDate;
    }

    public String postcodeDistrict() {
        return postcodeDistrict;
    }

    public RegistrationStatus registrationStatus() {
        return registrationStatus;
    }

    /** What one line of Ofsted's published data changed in this setting. */
    public record OfstedUpdate(OfstedInspection inspection, RegistrationChange registration) {
        public boolean changedAnything() {
            return inspection != null || registration != null;
        }
    }

    /**
     * Takes Ofsted's published line for this setting: a judgement newer than the current one (or a
     * different one on the same date, Ofsted's correction) becomes current and joins the history;
     * an older one changes nothing, the marketplace already knows better. A changed registration
     * status is kept with the one before it.
     */
    public OfstedUpdate takeOfstedRecord(OfstedRecord record, LocalDate today, String by, java.time.Instant now) {
        if (!record.urn().equals(ofstedUrn)) {
            throw new IllegalArgumentException("Line " + record.line() + " is for " + record.urn() + ", not " + ofstedUrn);
        }
        OfstedInspection inspection = null;
        if (record.judgement() != null && record.judgement() != OfstedJudgement.NOT_YET_INSPECTED
                && (judgementDate == null || judgement == OfstedJudgement.NOT_YET_INSPECTED
                || record.inspectionDate().isAfter(judgementDate)
                || (record.inspectionDate().isEqual(judgementDate) && record.judgement() != judgement))) {
            inspection = recordInspection(record.judgement(), record.inspectionDate(), today, by, now);
        }
        RegistrationChange registration = null;
        if (record.registration() != registrationStatus) {
            registration = new RegistrationChange(id, record.registration(), registrationStatus, now, by);
            registrationStatus = record.registration();
        }
        return new OfstedUpdate(inspection, registration);
    }

    /**
     * The provider's current vacancies (from none up to the registered places) and the needs the
     * setting is registered and staffed for: what matching reads.
     */
    public void updateAvailability(int vacancies, java.util.Set<org.commissioning.marketplace.shared.domain.NeedTag> needs,
                                   java.time.Instant now) {
        if (vacancies < 0 || vacancies > places) {
            throw InvalidInputException.of("vacancies", "Vacancies must be from 0 to the setting's " + places + " registered places.");
        }
        this.vacancies = vacancies;
        if (needs != null) {
            this.registeredNeeds = org.commissioning.marketplace.shared.domain.NeedTag.join(needs);
        }
        this.vacanciesUpdatedAt = now;
    }

    public int vacancies() {
        return vacancies;
    }

    public java.time.Instant vacanciesUpdatedAt() {
        return vacanciesUpdatedAt;
    }

    public java.util.Set<org.commissioning.marketplace.shared.domain.NeedTag> registeredNeeds() {
        return org.commissioning.marketplace.shared.domain.NeedTag.split(registeredNeeds);
    }

    public int places() {
        return places;
    }

    /**
     * A new Ofsted inspection's judgement: becomes the setting's current judgement (what matching
     * reads) and is kept in the history. It cannot be dated in the future or before the current one.
     */
    public OfstedInspection recordInspection(OfstedJudgement newJudgement, LocalDate date, LocalDate today, String by,
                                             java.time.Instant now) {
        if (newJudgement == null || newJudgement == OfstedJudgement.NOT_YET_INSPECTED) {
            throw InvalidInputException.of("judgement", "Select the judgement the inspection gave.");
        }
        if (date == null || date.isAfter(today)) {
            throw InvalidInputException.of("judgementDate", "Give the date of the inspection judgement: today or earlier.");
        }
        if (judgementDate != null && date.isBefore(judgementDate)) {
            throw InvalidInputException.of("judgementDate", "The setting already has a judgement from "
                    + org.commissioning.marketplace.shared.domain.UkTime.date(judgementDate) + "; give a later inspection.");
        }
        OfstedJudgement previous = judgement == OfstedJudgement.NOT_YET_INSPECTED ? null : judgement;
        this.judgement = newJudgement;
        this.judgementDate = date;
        return new OfstedInspection(id, newJudgement, date, previous, now, by);
    }
}
