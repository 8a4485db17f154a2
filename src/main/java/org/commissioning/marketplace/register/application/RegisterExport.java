package org.commissioning.marketplace.register.application;

import org.commissioning.marketplace.register.application.AgreementRegister.LotEntry;
import org.commissioning.marketplace.register.application.AgreementRegister.TenderEntry;
import org.commissioning.marketplace.register.application.RegisterService.PlacementEntry;
import org.commissioning.marketplace.shared.application.TableExport.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A filtered view of the register as a table for {@link org.commissioning.marketplace.shared.application.TableExport}
 * (CSV or Excel): placements one per row, tenders and agreements one row per lot.
 */
public final class RegisterExport {

    static final List<String> PLACEMENT_COLUMNS = List.of("Placement", "Child reference", "Council", "Provider", "Setting", "Agreement",
            "Lot", "Category", "Need level", "Weekly fee (GBP)", "Agreement price (GBP)", "Start", "Planned end", "Ended", "Status");

    static final List<String> AGREEMENT_COLUMNS = List.of("Tender", "Title", "Procedure", "Status", "Term start", "Term end",
            "Agreement", "Placements called off", "Lot", "Lot title", "Category", "Estimated value (GBP)", "Appointed providers in rank order");

    private RegisterExport() {
    }

    public static Table placements(List<PlacementEntry> entries) {
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (PlacementEntry e : entries) {
            rows.add(Arrays.asList(e.id(), e.childReference(), e.councilName(), e.providerName(), e.settingName(), e.agreement(), e.lot(),
                    e.categoryLabel(), e.needLevel().label(), e.weeklyFee(), e.agreementFee(), e.startDate(), e.plannedEnd(), e.endedOn(),
                    e.status()));
        }
        return new Table("Placements", PLACEMENT_COLUMNS, rows);
    }

    public static Table agreements(List<TenderEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (TenderEntry t : entries) {
            List<LotEntry> lots = t.lots().isEmpty() ? List.of(new LotEntry(0, "", null, "", null, List.of())) : t.lots();
            for (LotEntry l : lots) {
                rows.add(Arrays.asList(t.reference(), t.title(), t.procedureLabel(), t.statusLabel(), t.termStart(), t.termEnd(),
                        t.agreementStatus(), t.placements(), l.number() == 0 ? null : l.number(), l.title(), l.categoryLabel(),
                        l.estimatedValue(), l.number() == 0 ? "" : l.appointedText()));
            }
        }
        return new Table("Tenders and agreements", AGREEMENT_COLUMNS, rows);
    }
}
