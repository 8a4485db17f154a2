package org.commissioning.marketplace.party.domain;

import java.util.Set;

/** What an account may do. Each role belongs to accounts of certain kinds of organisation. */
public enum Role {
    HUB_COMMISSIONER("Hub commissioner", Set.of(OrganisationKind.HUB), "/hub/home.xhtml"),
    COUNCIL_COMMISSIONER("Council commissioner", Set.of(OrganisationKind.COUNCIL), "/council/home.xhtml"),
    PROVIDER_USER("Provider user", Set.of(OrganisationKind.PROVIDER), "/provider/home.xhtml"),
    EVALUATOR("Evaluator", Set.of(OrganisationKind.HUB, OrganisationKind.COUNCIL), "/evaluator/home.xhtml"),
    /**
     * A member of a hub's participation panel (a young person, or a parent or carer): scores only
     * the quality question the hub assigns them, never seeing prices or bidders' names.
     */
    YOUNG_EVALUATOR("Young evaluator", Set.of(OrganisationKind.HUB), "/evaluator/home.xhtml"),
    AUDITOR("Auditor", Set.of(OrganisationKind.HUB), "/audit/home.xhtml"),
    /** Administers one hub: its accounts, its member councils' and its providers' accounts. */
    ADMINISTRATOR("Hub administrator", Set.of(OrganisationKind.HUB), "/admin/home.xhtml"),
    /** Operates the marketplace: creates hubs and their first administrators. */
    PLATFORM_ADMINISTRATOR("Platform administrator", Set.of(OrganisationKind.PLATFORM), "/admin/home.xhtml");

    /** Role names as the security layer knows them (groups and web.xml roles). */
    public static final String[] NAMES = {"HUB_COMMISSIONER", "COUNCIL_COMMISSIONER", "PROVIDER_USER",
        "EVALUATOR", "YOUNG_EVALUATOR", "AUDITOR", "ADMINISTRATOR", "PLATFORM_ADMINISTRATOR"};

    private final String label;
    private final Set<OrganisationKind> organisationKinds;
    private final String homePage;

    Role(String label, Set<OrganisationKind> organisationKinds, String homePage) {
        this.label = label;
        this.organisationKinds = organisationKinds;
        this.homePage = homePage;
    }

    public String label() {
        return label;
    }

    public boolean fits(OrganisationKind kind) {
        return organisationKinds.contains(kind);
    }

    public String homePage() {
        return homePage;
    }
}
