package org.commissioning.marketplace.party.application;

import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.ApiToken;
import org.commissioning.marketplace.party.domain.Council;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.party.domain.Provider;
import org.commissioning.marketplace.party.domain.ProviderSetting;
import org.commissioning.marketplace.party.domain.ProviderType;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the party services return: plain records, never entities. */
public final class Views {
    private Views() {
    }

    /** A reference to an organisation by id and name. */
    public record OrganisationRef(long id, String name) {
        static OrganisationRef of(Organisation o) {
            return o == null ? null : new OrganisationRef(o.id(), o.name());
        }
    }

    public record OrganisationSummary(long id, OrganisationKind kind, String name, OrganisationStatus status,
                                      String contactEmail) {
        static OrganisationSummary of(Organisation o) {
            return new OrganisationSummary(o.id(), o.kind(), o.name(), o.status(), o.contactEmail());
        }
    }

    public record SettingView(long id, String name, String ofstedUrn, ServiceCategory category,
                              OfstedJudgement judgement, LocalDate judgementDate, String postcodeDistrict, int places,
                              int vacancies, java.time.Instant vacanciesUpdatedAt,
                              java.util.Set<org.commissioning.marketplace.shared.domain.NeedTag> registeredNeeds) {
        static SettingView of(ProviderSetting s) {
            return new SettingView(s.id(), s.name(), s.ofstedUrn(), s.category(), s.judgement(), s.judgementDate(),
                    s.postcodeDistrict(), s.places(), s.vacancies(), s.vacanciesUpdatedAt(), s.registeredNeeds());
        }

        public String needsText() {
            return registeredNeeds.isEmpty() ? "None recorded" : String.join(", ",
                    registeredNeeds.stream().map(org.commissioning.marketplace.shared.domain.NeedTag::label).toList());
        }
    }

    /**
     * An organisation in full. Fields that do not apply to its kind are null: ONS code and region
     * for councils and hubs; lead and member councils for hubs; hubs for councils; the rest for
     * providers.
     */
    public record OrganisationDetails(long id, OrganisationKind kind, String name, OrganisationStatus status,
                                      String contactEmail, long version, Instant createdAt,
                                      String onsCode, String region,
                                      OrganisationRef leadCouncil, List<OrganisationRef> memberCouncils,
                                      List<OrganisationRef> hubs,
                                      ProviderType providerType, String companiesHouseNumber, String charityNumber,
                                      OrganisationRef hub, Set<ServiceCategory> serviceCategories,
                                      List<SettingView> settings, String decisionReason) {

        static OrganisationDetails of(Organisation o, List<Hub> hubsOfCouncil) {
            String onsCode = null;
            String region = null;
            OrganisationRef lead = null;
            List<OrganisationRef> members = null;
            List<OrganisationRef> hubs = null;
            ProviderType type = null;
            String ch = null;
            String charity = null;
            OrganisationRef providerHub = null;
            Set<ServiceCategory> categories = null;
            List<SettingView> settings = null;
            String reason = null;
            if (o instanceof Council c) {
                onsCode = c.onsCode();
                region = c.region().name();
                hubs = hubsOfCouncil.stream().map(OrganisationRef::of).toList();
            } else if (o instanceof Hub h) {
                region = h.region().name();
                lead = OrganisationRef.of(h.leadCouncil());
                members = h.currentMembers().stream().map(OrganisationRef::of).toList();
            } else if (o instanceof Provider p) {
                type = p.providerType();
                ch = p.companiesHouseNumber();
                charity = p.charityNumber();
                providerHub = OrganisationRef.of(p.hub());
                categories = p.serviceCategories();
                settings = p.settings().stream().map(SettingView::of).toList();
                reason = p.decisionReason();
            }
            return new OrganisationDetails(o.id(), o.kind(), o.name(), o.status(), o.contactEmail(), o.version(),
                    o.createdAt(), onsCode, region, lead, members, hubs, type, ch, charity, providerHub, categories,
                    settings, reason);
        }
    }

    /** An account; {@code passwordSet} is false while an invitation waits to be taken up. */
    public record AccountView(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                              boolean passwordSet, OrganisationRef organisation, OrganisationKind organisationKind,
                              Instant createdAt) {
        static AccountView of(Account a) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.roles(), a.enabled(), a.hasPassword(),
                    OrganisationRef.of(a.organisation()), a.organisation().kind(), a.createdAt());
        }
    }

    /** A provider's registration as the hub sees it when deciding. */
    public record RegistrationView(long providerId, String legalName, ProviderType providerType,
                                   String companiesHouseNumber, String charityNumber,
                                   Set<ServiceCategory> serviceCategories, String contactEmail,
                                   OrganisationStatus status, Instant submittedAt, String decisionReason) {
        static RegistrationView of(Provider p) {
            return new RegistrationView(p.id(), p.name(), p.providerType(), p.companiesHouseNumber(),
                    p.charityNumber(), p.serviceCategories(), p.contactEmail(), p.status(), p.createdAt(),
                    p.decisionReason());
        }
    }

    public record TokenView(long id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt());
        }
    }

    /** A newly issued token: the secret is shown here once and never again. */
    public record IssuedToken(long id, String label, String token, Instant expiresAt) {
    }
}
