package org.commissioning.marketplace.kitbag.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.kitbag.application.KitbagService;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemInput;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemSummary;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemView;
import org.commissioning.marketplace.kitbag.application.KitbagService.Search;
import org.commissioning.marketplace.kitbag.application.KitbagService.VersionView;
import org.commissioning.marketplace.kitbag.domain.CommissioningStage;
import org.commissioning.marketplace.kitbag.domain.ItemStatus;
import org.commissioning.marketplace.kitbag.domain.KitbagCategory;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The commissioners' kitbag: search and read (every commissioner), publish and curate (a hub's commissioners, the platform's administrators). */
@Path("kitbag/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kitbag", description = "Guidance and tools for commissioners, curated by hubs and the platform, kept reviewed")
public class KitbagResource {

    @Inject
    KitbagService kitbag;

    /** Who keeps the item from now on. */
    public record Handover(String owner) {
    }

    /** CURRENT (restore) or WITHDRAWN. */
    public record StatusChange(ItemStatus status) {
    }

    /** A tender of the caller's hub that used the item. */
    public record Use(Long tenderId) {
    }

    @GET
    @Operation(summary = "Search the kitbag: every word in q must appear (as a word or the start of one) in the title, summary "
            + "or text; best matches first, newest first without q; by stage, category, hub (an id, or 'platform'); "
            + "withdrawn items only with withdrawn=true")
    public Page<ItemSummary> search(@QueryParam("q") String q, @QueryParam("stage") CommissioningStage stage,
                                    @QueryParam("category") KitbagCategory category, @QueryParam("hub") String hub,
                                    @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return kitbag.search(new Search(q, stage, category, hub, withdrawn), new PageRequest(page, size));
    }

    @POST
    @Operation(summary = "Publish an item for the caller's hub (hub commissioners) or the platform (platform administrators); "
            + "the text is Markdown; the caller owns it")
    public Response publish(ItemInput input, @Context UriInfo uri) {
        ItemView item = kitbag.publish(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build()).entity(item).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An item: its text (Markdown, and as safe HTML), owner, review, stages, versions and the tenders that used it")
    public ItemView item(@PathParam("id") long id) {
        return kitbag.item(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Publish a new version (its curators); say what changed in changeNote; send the version you read")
    public ItemView revise(@PathParam("id") long id, @QueryParam("version") Long version, ItemInput input) {
        return kitbag.revise(id, input, version);
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "A version of an item as it was published")
    public VersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return kitbag.version(id, number);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Confirm the item is still right (its curators): the next review falls due from today")
    public ItemView review(@PathParam("id") long id, @QueryParam("version") Long version) {
        return kitbag.markReviewed(id, version);
    }

    @PUT
    @Path("{id}/owner")
    @Operation(summary = "Hand the item to a colleague who keeps it from now on (its curators)")
    public ItemView handOver(@PathParam("id") long id, @QueryParam("version") Long version, Handover handover) {
        return kitbag.handTo(id, handover == null ? null : handover.owner(), version);
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Withdraw the item (kept, no longer offered) or restore it (its curators)")
    public ItemView changeStatus(@PathParam("id") long id, @QueryParam("version") Long version, StatusChange change) {
        return kitbag.changeStatus(id, change == null ? null : change.status(), version);
    }

    @POST
    @Path("{id}/uses")
    @Operation(summary = "Record that one of the caller's hub's tenders used the item (hub commissioners)")
    public ItemView recordUse(@PathParam("id") long id, Use use) {
        return kitbag.recordUse(id, use == null ? null : use.tenderId());
    }
}
