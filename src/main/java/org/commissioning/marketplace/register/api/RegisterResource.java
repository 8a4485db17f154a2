package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.register.application.PlacementOrder;
import org.commissioning.marketplace.register.application.RegisterExport;
import org.commissioning.marketplace.register.application.RegisterService;
import org.commissioning.marketplace.register.application.RegisterService.PlacementEntry;
import org.commissioning.marketplace.register.application.RegisterService.PlacementFilter;
import org.commissioning.marketplace.shared.api.Downloads;
import org.commissioning.marketplace.shared.application.TableExport;
import org.commissioning.marketplace.shared.application.FileDownload;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The contract register: placements across the hub's councils, filtered, paged and exported. */
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register", description = "The central contract register of placements, with filters and CSV/Excel exports")
public class RegisterResource {

    @Inject
    RegisterService register;

    /** The register's filters as query parameters (all optional). */
    public static class Filters {
        @QueryParam("council")
        Long council;
        @QueryParam("category")
        String category;
        @QueryParam("needLevel")
        String needLevel;
        @QueryParam("provider")
        String provider;
        @QueryParam("status")
        String status;
        @QueryParam("startFrom")
        String startFrom;
        @QueryParam("startTo")
        String startTo;
        @QueryParam("minWeeklyFee")
        String minWeeklyFee;
        @QueryParam("maxWeeklyFee")
        String maxWeeklyFee;
        /** FRAMEWORK (called off from a framework) or OFF_FRAMEWORK (bought outside the frameworks). */
        @QueryParam("bought")
        String bought;

        PlacementFilter filter() {
            return new PlacementFilter(council, parse(category, "category", ServiceCategory.class), parse(needLevel, "needLevel", NeedLevel.class),
                    provider, status, date(startFrom, "startFrom"), date(startTo, "startTo"), money(minWeeklyFee, "minWeeklyFee"),
                    money(maxWeeklyFee, "maxWeeklyFee"), parse(bought, "bought", RegisterService.Bought.class));
        }

        static <E extends Enum<E>> E parse(String value, String field, Class<E> type) {
            try {
                return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(field, "Unknown " + field + " " + value + ".");
            }
        }

        private static LocalDate date(String value, String field) {
            try {
                return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, "Give " + field + " as a date like 2027-04-01.");
            }
        }

        private static BigDecimal money(String value, String field) {
            try {
                return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(field, "Give " + field + " in pounds, like 950.00.");
            }
        }
    }

    @GET
    @Path("placements")
    @Operation(summary = "Placements in the register, newest start first, a page at a time: a hub's councils', a council's or a "
            + "provider's own. Each answer's \"next\" is where the next page starts: send it as after= to read on (as fast at the "
            + "10,000th placement as at the first), or ask for a page by number with page=. sort= reads it in another order "
            + "(NEWEST_START, OLDEST_START, HIGHEST_FEE, LOWEST_FEE), paged by number")
    public RegisterService.RegisterPage placements(@BeanParam Filters filters, @QueryParam("page") Integer page,
                                                   @QueryParam("after") String after, @QueryParam("size") @DefaultValue("50") int size,
                                                   @QueryParam("sort") String sort) {
        if (after != null && page != null) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("after", "Give either after= or page=, not both.");
        }
        PlacementOrder order = Filters.parse(sort, "sort", PlacementOrder.class);
        if (after != null && order != null && order != PlacementOrder.NEWEST_START) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("after",
                    "after= reads the register newest start first only: for another sort, ask for pages by number with page=.");
        }
        if (after != null) {
            return register.placementsAfter(filters.filter(), after, size);
        }
        Page<PlacementEntry> numbered = register.placements(filters.filter(), new PageRequest(page == null ? 0 : page, size), order);
        return RegisterService.RegisterPage.of(numbered.items(), numbered.total(), numbered.page(), numbered.size());
    }

    @GET
    @Path("spend")
    @Operation(summary = "Current weekly and annual spend of the filtered view, by council and category (same filters)")
    public RegisterService.Spend spend(@BeanParam Filters filters) {
        return register.spend(filters.filter());
    }

    @GET
    @Path("placements.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The filtered register as CSV (same filters)")
    public Response csv(@BeanParam Filters filters) {
        return Downloads.of(new FileDownload("placements.csv", "text/csv; charset=UTF-8",
                TableExport.csv(RegisterExport.placements(register.export(filters.filter()))).getBytes(StandardCharsets.UTF_8)));
    }

    @GET
    @Path("placements.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "The filtered register as an Excel workbook (same filters)")
    public Response xlsx(@BeanParam Filters filters) {
        return Downloads.of(new FileDownload("placements.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TableExport.xlsx(RegisterExport.placements(register.export(filters.filter())))));
    }

    @Inject
    org.commissioning.marketplace.register.application.AgreementRegister agreements;

    /** Filters of the tenders and agreements register; every one optional. */
    public static class AgreementFilters {
        @QueryParam("status")
        String status;
        @QueryParam("category")
        String category;
        @QueryParam("provider")
        String provider;
        @QueryParam("title")
        String title;

        org.commissioning.marketplace.register.application.AgreementRegister.AgreementFilter filter() {
            return new org.commissioning.marketplace.register.application.AgreementRegister.AgreementFilter(
                    Filters.parse(status, "status", org.commissioning.marketplace.tendering.domain.TenderStatus.class),
                    Filters.parse(category, "category", ServiceCategory.class), provider, title);
        }
    }

    @GET
    @Path("agreements")
    @Operation(summary = "Tenders and the framework agreements they made, newest first, paged: each lot with its appointed providers in "
            + "rank order and the placements called off. Filters: status (a tender status), category, provider (part of a name), title.")
    public Page<org.commissioning.marketplace.register.application.AgreementRegister.TenderEntry> agreements(
            @BeanParam AgreementFilters filters, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return agreements.tenders(filters.filter(), new PageRequest(page, size));
    }

    @GET
    @Path("agreements.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The filtered tenders and agreements as CSV, one row per lot (same filters)")
    public Response agreementsCsv(@BeanParam AgreementFilters filters) {
        return Downloads.of(new FileDownload("agreements.csv", "text/csv; charset=UTF-8",
                TableExport.csv(RegisterExport.agreements(agreements.export(filters.filter()))).getBytes(StandardCharsets.UTF_8)));
    }

    @GET
    @Path("agreements.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "The filtered tenders and agreements as an Excel workbook, one row per lot (same filters)")
    public Response agreementsXlsx(@BeanParam AgreementFilters filters) {
        return Downloads.of(new FileDownload("agreements.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TableExport.xlsx(RegisterExport.agreements(agreements.export(filters.filter())))));
    }
}
