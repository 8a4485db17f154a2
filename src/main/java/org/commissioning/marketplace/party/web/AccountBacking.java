package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.CurrentCaller;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.party.application.SecondFactor;
import org.commissioning.marketplace.party.application.SecondFactor.Enrolment;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** account.xhtml: the signed-in user changes their password and turns two-step sign-in on or off. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks links;

    @Inject
    SecondFactor secondFactor;

    @Inject
    CurrentCaller caller;

    @Inject
    org.commissioning.marketplace.party.application.AccountService accounts;

    /** Whether what waits for the person is emailed each morning (read as the page opens). */
    private Boolean taskEmails;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private Enrolment enrolment;
    private String code;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Forms.report(InvalidInputException.of("confirmation", "The two new passwords are not the same."), "password-change");
            return;
        }
        Forms.attempt(() -> links.changeOwn(currentPassword == null ? "" : currentPassword, newPassword),
                "password-change", "Your password is changed. Your API tokens keep working until they expire or you revoke them.",
                "/account.xhtml");
    }

    public boolean isTaskEmails() {
        if (taskEmails == null) {
            taskEmails = accounts.preferences().taskEmails();
        }
        return taskEmails;
    }

    public void setTaskEmails(boolean taskEmails) {
        this.taskEmails = taskEmails;
    }

    public void saveEmails() {
        boolean on = isTaskEmails();
        Forms.attempt(() -> accounts.changePreferences(new org.commissioning.marketplace.party.application.AccountService.Preferences(on)),
                "emails", on ? "Each morning you will be emailed what waits for you." : "You will no longer be emailed what waits for you.",
                "/account.xhtml#emails-heading");
    }

    /** Shows a new secret to add to the authenticator app. */
    public void startSecondFactor() {
        enrolment = secondFactor.offer();
    }

    public void confirmSecondFactor() {
        try {
            secondFactor.confirm(enrolment == null ? null : enrolment.secret(), code);
            Forms.notice("Two-step sign-in is on. From now on, sign in with your password and the code your app shows.");
            Forms.redirect("/account.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "second-factor");
        }
    }

    public void turnOffSecondFactor() {
        Forms.attempt(() -> secondFactor.turnOff(code), "second-factor-off", "Two-step sign-in is off.", "/account.xhtml");
    }

    public boolean isSecondFactorOn() {
        return caller.account().map(a -> a.hasSecondFactor()).orElse(false);
    }

    public boolean isSecondFactorRequired() {
        return caller.account().map(a -> secondFactor.isRequired()
                && a.roles().stream().anyMatch(SecondFactor.REQUIRED_FOR::contains)).orElse(false);
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
