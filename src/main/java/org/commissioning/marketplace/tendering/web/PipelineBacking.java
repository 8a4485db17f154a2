package org.commissioning.marketplace.tendering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.PipelineService;
import org.commissioning.marketplace.tendering.application.PipelineService.Overview;
import org.commissioning.marketplace.tendering.application.PipelineService.PublishedPipeline;

/**
 * hub/pipeline.xhtml, the hub's pipeline notice for this financial year (what it would list, due
 * by, state; publishing it), and pipeline-notice.xhtml, a published one for anyone.
 */
@Named
@RequestScoped
public class PipelineBacking {

    @Inject
    PipelineService pipelines;

    private Overview overview;
    private Long hubId;
    private Integer year;
    private PublishedPipeline notice;

    /** The hub's page, read once a request. */
    public Overview getOverview() {
        if (overview == null) {
            overview = pipelines.overview();
        }
        return overview;
    }

    public void publish() {
        int financialYear = getOverview().year().financialYear();
        Forms.attempt(() -> pipelines.publish(financialYear), "publication",
                "The pipeline notice for " + getOverview().year().label() + " is published.", "/hub/pipeline.xhtml");
    }

    /** The public page's notice: null when the address names none that is published. */
    public void load() {
        if (hubId == null || year == null) {
            return;
        }
        try {
            notice = pipelines.published(hubId, year);
        } catch (DomainException e) {
            notice = null;
        }
    }

    public PublishedPipeline getNotice() {
        return notice;
    }

    public Long getHubId() {
        return hubId;
    }

    public void setHubId(Long hubId) {
        this.hubId = hubId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
