package org.commissioning.marketplace.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.register.application.AlertService;
import org.commissioning.marketplace.register.application.AlertService.Alert;

import java.util.List;

/** The alerts on a commissioner's home page. */
@Named
@RequestScoped
public class AlertsBacking {

    @Inject
    AlertService service;

    private List<Alert> alerts;

    public List<Alert> getAlerts() {
        if (alerts == null) {
            alerts = service.mine();
        }
        return alerts;
    }
}
