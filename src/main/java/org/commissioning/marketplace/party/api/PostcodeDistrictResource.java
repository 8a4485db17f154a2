package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.party.application.PostcodeDistricts;
import org.commissioning.marketplace.party.application.PostcodeDistricts.District;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

/** The postcode districts matching measures distances between. */
@Path("postcode-districts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Postcode districts", description = "Reference data for distances")
public class PostcodeDistrictResource {

    /** The centre of a district, in decimal degrees. */
    public record Centroid(BigDecimal latitude, BigDecimal longitude) {
    }

    @Inject
    PostcodeDistricts districts;

    @GET
    @Path("{district}")
    @Operation(summary = "A postcode district's centroid (signed-in users)")
    public District get(@PathParam("district") String district) {
        return districts.find(district);
    }

    @PUT
    @Path("{district}")
    @Operation(summary = "Add a postcode district or correct its centroid (platform administrators); audited")
    public District put(@PathParam("district") String district, Centroid centroid) {
        return districts.put(district, centroid == null ? null : centroid.latitude(), centroid == null ? null : centroid.longitude());
    }
}
