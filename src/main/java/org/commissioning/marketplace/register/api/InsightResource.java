package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.register.application.InsightService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spend, benchmarking, savings and framework share, each with its method. */
@Path("insight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight", description = "Spend by year, benchmarking against the region, savings and the share placed through frameworks")
public class InsightResource {

    @Inject
    InsightService insight;

    @Inject
    org.commissioning.marketplace.register.application.ProviderPerformance performance;

    @Inject
    org.commissioning.marketplace.register.application.NationalInsight national;

    @GET
    @Path("national")
    @Operation(summary = "Every hub side by side (aggregates only): councils, children in placement, this year's spend, average weekly "
            + "fee per category, framework share and time to place, with England's totals (hub and council commissioners)")
    public org.commissioning.marketplace.register.application.NationalInsight.National national() {
        return national.national();
    }

    @GET
    @Operation(summary = "The hub's figures across its councils (hub commissioners) or the council's own against the region (council commissioners)")
    public InsightService.Insight get() {
        return insight.insight();
    }

    @GET
    @Path("providers")
    @Operation(summary = "Provider performance: per provider the hub approved or appointed to its agreements, its standing, referrals sent, offers made, declined and "
            + "unanswered, placements, unplanned endings, current Ofsted judgements and drops (hub and council commissioners; a "
            + "provider sees only itself). Paged (page from 0), by name; name filters on a part of the name. "
            + org.commissioning.marketplace.register.application.ProviderPerformance.METHOD)
    public org.commissioning.marketplace.shared.application.Page<org.commissioning.marketplace.register.application.ProviderPerformance.ProviderRow> providers(
            @jakarta.ws.rs.QueryParam("name") String name,
            @jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page,
            @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("50") int size) {
        return performance.providers(name, new org.commissioning.marketplace.shared.application.PageRequest(page, size));
    }

    @GET
    @Path("providers/{id}")
    @Operation(summary = "One provider's performance and the Ofsted judgement history of each of its settings")
    public org.commissioning.marketplace.register.application.ProviderPerformance.ProviderDetail provider(
            @jakarta.ws.rs.PathParam("id") long id) {
        return performance.provider(id);
    }
}
