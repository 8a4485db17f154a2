package org.commissioning.marketplace.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementView;
import org.commissioning.marketplace.placement.application.CallOffViews.VariationView;
import org.commissioning.marketplace.placement.domain.FundingSplit;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.application.FileDownload;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.infrastructure.ChildKey;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.PdfDocument;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Individual placement agreements after acceptance: reading them (a council its own, a provider
 * its own, the hub its councils'), the lifecycle (start, fee change, extension, end, cancel) by the
 * council, and the agreement as a PDF. Every change is audited and the provider told.
 */
@ApplicationScoped
public class PlacementService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    CallOffService callOffs;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    @Transactional
    public PlacementView get(long id) {
        Caller caller = parties.require(Role.COUNCIL_COMMISSIONER, Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        return view(visible(id, caller));
    }

    /** The caller's placements, newest start first. */
    @Transactional
    public Page<PlacementSummary> list(int page, int size) {
        Caller caller = parties.require(Role.COUNCIL_COMMISSIONER, Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        int p = Math.max(page, 0);
        int s = size < 1 || size > 100 ? 20 : size;
        String field = caller.has(Role.PROVIDER_USER) ? "providerId" : caller.has(Role.HUB_COMMISSIONER) ? "hubId" : "councilId";
        long total = em.createQuery("SELECT COUNT(p) FROM Placement p WHERE p." + field + " = :org", Long.class)
                .setParameter("org", caller.organisationId()).getSingleResult();
        List<Placement> found = em.createQuery("SELECT p FROM Placement p WHERE p." + field + " = :org ORDER BY p.startDate DESC, p.id DESC",
                Placement.class).setParameter("org", caller.organisationId()).setFirstResult(p * s).setMaxResults(s).getResultList();
        Map<Long, Object[]> settings = callOffs.settings(new java.util.HashSet<>(found.stream().map(Placement::settingId).toList()));
        Map<Long, String> names = new HashMap<>();
        List<PlacementSummary> items = found.stream().map(pl -> new PlacementSummary(pl.id(), pl.childReference(),
                names.computeIfAbsent(pl.councilId(), parties::nameOf), names.computeIfAbsent(pl.providerId(), parties::nameOf),
                settings.containsKey(pl.settingId()) ? (String) settings.get(pl.settingId())[1] : "", pl.category().label(), pl.needLevel(),
                pl.feeOn(today()) == null ? pl.weeklyFee() : pl.feeOn(today()), pl.startDate(), pl.plannedEnd(), pl.status().name(),
                pl.status().label())).toList();
        return new Page<>(items, total, p, s);
    }

    @Transactional
    public PlacementView start(long id, LocalDate on) {
        return change(id, "placement.started", p -> p.start(on, by(), now(), today()), p -> "started on " + p.startDate(),
                "has started");
    }

    @Transactional
    public PlacementView changeFee(long id, LocalDate effective, BigDecimal fee, String reason) {
        return change(id, "placement.fee-changed", p -> p.changeFee(effective, fee, reason, by(), now()),
                p -> "weekly fee £" + (fee == null ? "" : fee.toPlainString()) + " from " + effective + ": " + reason, "has a new weekly fee");
    }

    @Transactional
    public PlacementView extend(long id, LocalDate newEnd, String reason) {
        return change(id, "placement.extended", p -> p.extend(newEnd, reason, by(), now()),
                p -> "planned end now " + p.plannedEnd() + ": " + reason, "is extended");
    }

    @Transactional
    public PlacementView end(long id, LocalDate on, Placement.Ending how, String reason) {
        return change(id, "placement.ended", p -> {
                    p.end(on, how, reason, by(), now(), today());
                    giveVacancyBack(p);
                },
                p -> p.ending().label().toLowerCase() + " ending on " + p.endedOn() + ": " + p.endReason(), "has ended");
    }

    @Transactional
    public PlacementView cancel(long id, String reason) {
        return change(id, "placement.cancelled", p -> {
                    p.cancel(reason, by(), now());
                    giveVacancyBack(p);
                }, p -> "cancelled: " + p.endReason(),
                "is cancelled before it started");
    }

    /** What a council records of a placement it bought outside the frameworks. */
    public record OffFrameworkPlacement(String childReference, String settingUrn, NeedLevel needLevel, BigDecimal weeklyFee,
                                        LocalDate startDate, LocalDate plannedEnd, BigDecimal socialCarePct, BigDecimal educationPct,
                                        BigDecimal healthPct, String homeDistrict, String reason) {
    }

    /**
     * A placement the council bought outside the frameworks (a spot purchase): the setting is any
     * active provider's on the marketplace, found by its Ofsted URN; the placement then lives like a
     * call-off (start, fee changes, extensions, ending) and counts in the register and insight as
     * off framework. The setting's vacancies go down by one when it shows any; the provider is told.
     */
    @Transactional
    public PlacementView recordOffFramework(OffFrameworkPlacement command) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        if (command == null) {
            throw InvalidInputException.of("settingUrn", "Give the placement's details.");
        }
        long hubId = parties.hubIdOf(council.organisationId()).orElseThrow(() -> new ConflictException(council.organisationName()
                + " is not a member of a hub, so its placements have no register to go in."));
        String urn = command.settingUrn() == null ? "" : command.settingUrn().strip().toUpperCase();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT s.id, s.provider_id, s.category FROM provider_setting s "
                + "JOIN organisation o ON o.id = s.provider_id WHERE s.ofsted_urn = ? AND o.status = 'ACTIVE'").setParameter(1, urn)
                .getResultList();
        if (found.isEmpty()) {
            throw InvalidInputException.of("settingUrn", "No active provider's setting on the marketplace has Ofsted URN '" + urn
                    + "'. Check the URN (like SC123456); a provider not yet on the marketplace registers first.");
        }
        Object[] setting = found.get(0);
        long settingId = ((Number) setting[0]).longValue();
        FundingSplit funding = new FundingSplit(command.socialCarePct(), command.educationPct(), command.healthPct());
        String district = command.homeDistrict() == null || command.homeDistrict().isBlank() ? null
                : command.homeDistrict().strip().toUpperCase();
        Instant now = now();
        Placement placement = Placement.offFramework(new Placement.Terms(council.organisationId(), hubId,
                ((Number) setting[1]).longValue(), settingId, ServiceCategory.valueOf((String) setting[2]), command.childReference(),
                command.childReference() == null ? null : ChildKey.of(council.organisationId(), command.childReference().strip().toUpperCase()),
                command.needLevel(), command.weeklyFee(), command.startDate(), command.plannedEnd(), funding), command.reason(),
                council.username(), now);
        placement.recordDistance(district == null ? null : callOffs.distanceKm(district, settingId));
        em.persist(placement);
        int taken = em.createNativeQuery("UPDATE provider_setting SET vacancies = vacancies - 1, vacancies_updated_at = ? "
                + "WHERE id = ? AND vacancies > 0").setParameter(1, InstantConverter.column(now)).setParameter(2, settingId).executeUpdate();
        em.flush();
        audit.record("placement.recorded-off-framework", "placement", placement.id(), "individual placement agreement for "
                + placement.childReference() + " bought outside the frameworks from " + parties.nameOf(placement.providerId()) + " at £"
                + placement.weeklyFee().toPlainString() + " a week, " + placement.startDate() + " to " + placement.plannedEnd() + ": "
                + placement.offFrameworkReason() + (taken == 1 ? "; the setting's vacancies go down by one" : ""));
        mailbox.queue(parties.usernamesOf(placement.providerId()), "Placement " + placement.childReference() + " recorded",
                council.organisationName() + " recorded its placement of " + placement.childReference() + " with you, bought outside the "
                        + "framework agreements, at £" + placement.weeklyFee().toPlainString() + " a week from "
                        + UkTime.date(placement.startDate()) + ". Its agreement and history are in the marketplace.\n");
        return view(placement);
    }

    /**
     * The place the placement took is free again: the setting's vacancies go up by one (never above
     * its registered places), under the setting's row lock, audited.
     */
    private void giveVacancyBack(Placement placement) {
        int freed = em.createNativeQuery("UPDATE provider_setting SET vacancies = vacancies + 1, vacancies_updated_at = ? "
                        + "WHERE id = ? AND vacancies < places")
                .setParameter(1, InstantConverter.column(now())).setParameter(2, placement.settingId()).executeUpdate();
        audit.record("setting.vacancy-freed", "provider-setting", placement.settingId(), freed == 1
                ? "placement " + placement.childReference() + " no longer takes a place: one vacancy more"
                : "placement " + placement.childReference() + " ended; the setting already shows all its places vacant");
    }

    /** The individual placement agreement as a PDF, for the council, the provider and the hub. */
    @Transactional
    public FileDownload pdf(long id) {
        Caller caller = parties.require(Role.COUNCIL_COMMISSIONER, Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        PlacementView p = view(visible(id, caller));
        PdfDocument pdf = new PdfDocument("Individual placement agreement " + p.id(), "Regional Commissioning Marketplace — "
                + (p.offFramework() ? "bought outside the frameworks" : "called off from " + p.agreementTitle() + ", lot " + p.lot()));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{"Child (pseudonymous reference)", p.childReference()});
        facts.add(new String[]{"Placing council", p.councilName()});
        facts.add(new String[]{"Provider", p.providerName()});
        facts.add(new String[]{"Setting", p.settingName() + " (Ofsted URN " + p.settingUrn() + ")"});
        facts.add(new String[]{"Placement", p.categoryLabel() + ", " + p.needLevel().label() + " needs"});
        facts.add(new String[]{"Weekly fee", "£" + p.weeklyFee().toPlainString() + (p.offFramework() ? " (spot price)"
                : " (agreement price £" + p.agreementFee().toPlainString() + ")")});
        facts.add(new String[]{"Start", UkTime.date(p.startDate())});
        facts.add(new String[]{"Planned end", UkTime.date(p.plannedEnd())});
        facts.add(new String[]{"Funding", "Social care " + p.socialCarePct().stripTrailingZeros().toPlainString() + "% (£"
                + p.weeklyShares().get("socialCare") + "), education (SEND) " + p.educationPct().stripTrailingZeros().toPlainString()
                + "% (£" + p.weeklyShares().get("education") + "), health (ICB) " + p.healthPct().stripTrailingZeros().toPlainString()
                + "% (£" + p.weeklyShares().get("health") + ") a week"});
        facts.add(new String[]{"Status", p.statusLabel()});
        facts.add(new String[]{"Agreed", UkTime.format(p.agreedAt()) + " by " + p.agreedBy()});
        pdf.facts(facts);
        pdf.heading("Terms");
        pdf.paragraph((p.offFramework() ? "This placement was bought outside the region's framework agreements ("
                + p.offFrameworkReason() + "), on the terms agreed between the council and the provider. "
                : "This placement is called off from the framework agreement " + p.agreementTitle() + ", lot " + p.lot()
                + ", and is made on that agreement's terms and conditions, which prevail over anything in this document. ")
                + "The weekly fee is payable by the placing council and its funding partners in the shares above. Any change "
                + "to the fee or the dates is a variation recorded in the marketplace.");
        pdf.heading("History");
        pdf.table(List.of("Change", "Effective", "Weekly fee", "Planned end", "Reason"), p.variations().stream()
                .map(v -> List.of(v.kind(), UkTime.date(v.effectiveDate()), v.weeklyFee() == null ? "" : "£" + v.weeklyFee().toPlainString(),
                        v.plannedEnd() == null ? "" : UkTime.date(v.plannedEnd()), v.reason())).toList());
        return new FileDownload("placement-" + p.id() + ".pdf", "application/pdf", pdf.finish());
    }

    private PlacementView change(long id, String action, Consumer<Placement> change, java.util.function.Function<Placement, String> summary,
                                 String told) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Placement placement = em.find(Placement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (placement == null || placement.councilId() != council.organisationId()) {
            throw new NotFoundException("No such placement.");
        }
        change.accept(placement);
        em.flush();
        audit.record(action, "placement", id, placement.childReference() + ": " + summary.apply(placement));
        mailbox.queue(parties.usernamesOf(placement.providerId()), "Placement " + placement.childReference() + " " + told,
                council.organisationName() + " recorded that the placement of " + placement.childReference() + " "
                        + told + ": " + summary.apply(placement) + ".\n");
        return view(placement);
    }

    private Placement visible(long id, Caller caller) {
        Placement p = em.find(Placement.class, id);
        boolean mine = p != null && ((caller.has(Role.COUNCIL_COMMISSIONER) && p.councilId() == caller.organisationId())
                || (caller.has(Role.HUB_COMMISSIONER) && p.hubId() == caller.organisationId())
                || (caller.has(Role.PROVIDER_USER) && p.providerId() == caller.organisationId()));
        if (!mine) {
            throw new NotFoundException("No such placement.");
        }
        return p;
    }

    PlacementView view(Placement p) {
        Object[] setting = callOffs.settings(Set.of(p.settingId())).get(p.settingId());
        LocalDate today = today();
        List<Placement.CostPeriod> costs = p.costs(today);
        BigDecimal fee = p.feeOn(today) == null || today.isAfter(p.lastDay()) ? p.weeklyFee() : p.feeOn(today);
        return new PlacementView(p.id(), p.referralId(), p.childReference(), p.councilId(), parties.nameOf(p.councilId()), p.providerId(),
                parties.nameOf(p.providerId()), p.settingId(), setting == null ? "" : (String) setting[1],
                setting == null ? "" : (String) setting[2], p.agreementId(),
                p.offFramework() ? "Bought outside the frameworks" : callOffs.agreementTitle(p.agreementId()), p.lotNumber(),
                p.offFramework(), p.offFrameworkReason(),
                p.category(), p.category().label(), p.needLevel(), fee, p.agreementFee(), p.startDate(), p.plannedEnd(),
                p.funding().socialCare(), p.funding().education(), p.funding().health(), p.funding().shares(fee), p.status().name(),
                p.status().label(), p.endedOn(), p.ending() == null ? null : p.ending().label(), p.endReason(), p.agreedAt(), p.agreedBy(),
                p.variations().stream().map(v -> new VariationView(v.kind().label(), v.effectiveDate(), v.weeklyFee(), v.plannedEnd(),
                        v.reason(), v.recordedBy(), v.recordedAt())).toList(),
                costs, costs.stream().map(Placement.CostPeriod::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private String by() {
        return parties.require(Role.COUNCIL_COMMISSIONER).username();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }
}
