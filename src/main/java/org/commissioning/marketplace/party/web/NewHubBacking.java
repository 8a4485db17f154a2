package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.Commands.NewHub;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** admin/new-hub.xhtml: a platform administrator creates a hub and invites its first administrator. */
@Named
@ViewScoped
public class NewHubBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private List<OrganisationRef> councils;
    private String name;
    private Long leadCouncilId;
    private List<Long> memberCouncilIds;
    private String contactEmail;
    private String administratorEmail;
    private String administratorName;

    public void load() {
        try {
            councils = organisations.councils();
        } catch (DomainException e) {
            Forms.report(e, "hub");
        }
    }

    public void create() {
        try {
            OrganisationDetails hub = organisations.createHub(new NewHub(name, leadCouncilId,
                    memberCouncilIds == null ? Set.of() : Set.copyOf(memberCouncilIds), contactEmail,
                    administratorEmail, administratorName));
            Forms.notice(hub.name() + " is created. We have emailed " + administratorEmail.strip()
                    + " a link to set their password and administer the hub.");
            Forms.redirect("/admin/organisation.xhtml?id=" + hub.id());
        } catch (DomainException e) {
            Forms.report(e, "hub");
        }
    }

    public List<OrganisationRef> getCouncils() {
        return councils;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLeadCouncilId() {
        return leadCouncilId;
    }

    public void setLeadCouncilId(Long leadCouncilId) {
        this.leadCouncilId = leadCouncilId;
    }

    public List<Long> getMemberCouncilIds() {
        return memberCouncilIds;
    }

    public void setMemberCouncilIds(List<Long> memberCouncilIds) {
        this.memberCouncilIds = memberCouncilIds;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = administratorEmail;
    }

    public String getAdministratorName() {
        return administratorName;
    }

    public void setAdministratorName(String administratorName) {
        this.administratorName = administratorName;
    }
}
