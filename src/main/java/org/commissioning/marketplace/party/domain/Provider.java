package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.ServiceCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Aggregate root: a provider of placements (private, voluntary or a council's own service),
 * with its registered settings. A provider registers itself with a hub and can act only once the
 * hub has approved it.
 */
@Entity
@Table(name = "provider")
@DiscriminatorValue("PROVIDER")
public class Provider extends Organisation {

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type")
    private ProviderType providerType;

    @Column(name = "companies_house_number")
    private String companiesHouseNumber;

    @Column(name = "charity_number")
    private String charityNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hub_id")
    private Hub hub;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "provider_service_category", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<ServiceCategory> serviceCategories = EnumSet.noneOf(ServiceCategory.class);

    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL)
    @OrderBy("name")
    private List<ProviderSetting> settings = new ArrayList<>();

    protected Provider() {
    }

    /**
     * A provider's own application to join a hub's market; pending until the hub decides. A
     * company or charity must give its registered number; a council's in-house service need not.
     */
    public static Provider applyToJoin(String legalName, ProviderType type, String companiesHouseNumber,
                                       String charityNumber, Hub hub, Set<ServiceCategory> categories,
                                       String contactEmail, Instant now) {
        if (type != ProviderType.LOCAL_AUTHORITY && isBlank(companiesHouseNumber) && isBlank(charityNumber)) {
            throw InvalidInputException.of("companiesHouseNumber",
                    "Enter a Companies House number or a charity number.");
        }
        if (categories == null || categories.isEmpty()) {
            throw InvalidInputException.of("serviceCategories", "Select at least one service category.");
        }
        Provider p = new Provider(legalName, OrganisationStatus.PENDING_APPROVAL, contactEmail, now);
        p.providerType = type;
        p.companiesHouseNumber = blankToNull(companiesHouseNumber);
        p.charityNumber = blankToNull(charityNumber);
        p.hub = hub;
        p.serviceCategories = EnumSet.copyOf(categories);
        return p;
    }

    private Provider(String name, OrganisationStatus status, String contactEmail, Instant now) {
        super(name, status, contactEmail, now);
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.PROVIDER;
    }

    public void approve(String by, Instant at) {
        moveTo(OrganisationStatus.ACTIVE);
        decidedBy = by;
        decidedAt = at;
        decisionReason = null;
    }

    public void reject(String by, Instant at, String reason) {
        if (isBlank(reason)) {
            throw InvalidInputException.of("reason", "Enter the reason for rejecting the registration.");
        }
        moveTo(OrganisationStatus.REJECTED);
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason.strip();
    }

    public ProviderSetting addSetting(String name, String ofstedUrn, ServiceCategory category,
                                      OfstedJudgement judgement, java.time.LocalDate judgementDate,
                                      String postcodeDistrict, int places) {
        ProviderSetting setting = new ProviderSetting(this, name, ofstedUrn, category, judgement, judgementDate,
                postcodeDistrict, places);
        settings.add(setting);
        serviceCategories.add(category);
        return setting;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip().toUpperCase();
    }

    public ProviderType providerType() {
        return providerType;
    }

    public String companiesHouseNumber() {
        return companiesHouseNumber;
    }

    public String charityNumber() {
        return charityNumber;
    }

    public Hub hub() {
        return hub;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Set<ServiceCategory> serviceCategories() {
        return serviceCategories.isEmpty() ? Set.of() : EnumSet.copyOf(serviceCategories);
    }

    public List<ProviderSetting> settings() {
        return List.copyOf(settings);
    }
}
