package org.commissioning.marketplace.participation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.participation.application.ConsultationService;
import org.commissioning.marketplace.participation.application.ConsultationService.YouSaidWeDid;
import org.commissioning.marketplace.shared.domain.DomainException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "You said, we did" on a tender's pages and its notice, read once per tender in a request. */
@Named
@RequestScoped
public class YouSaidWeDidBacking {

    @Inject
    ConsultationService consultations;

    private final Map<Long, List<YouSaidWeDid>> lines = new HashMap<>();

    public List<YouSaidWeDid> forTender(long tenderId) {
        return lines.computeIfAbsent(tenderId, id -> {
            try {
                return consultations.youSaidWeDid(id);
            } catch (DomainException e) {
                return List.of();
            }
        });
    }
}
