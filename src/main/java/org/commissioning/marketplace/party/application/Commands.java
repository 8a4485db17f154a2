package org.commissioning.marketplace.party.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.ProviderType;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.time.LocalDate;
import java.util.Set;

/** Input to the party services, each whitelisting its fields, with plain-English messages. */
public final class Commands {
    private Commands() {
    }

    /** A change to an organisation's contact address, made against the version the user read. */
    public record ContactChange(
            @NotBlank(message = "Enter the contact email address.")
            @Email(message = "Enter an email address in the correct format, like name@example.org.")
            @Size(max = 254, message = "Enter an email address of at most 254 characters.")
            String contactEmail,
            @NotNull(message = "Give the version of the record you changed.")
            Long version) {
    }

    /**
     * An invitation to a new account for an organisation, made by an administrator: the person is
     * emailed a link to set their own password (administrators never choose it).
     */
    public record NewAccount(
            @NotBlank(message = "Enter the email address the person will sign in with.")
            @Email(message = "Enter an email address in the correct format, like name@example.org.")
            @Size(max = 254, message = "Enter an email address of at most 254 characters.")
            String username,
            @NotBlank(message = "Enter the person's full name.")
            @Size(max = 200, message = "Enter a name of at most 200 characters.")
            String displayName,
            @NotEmpty(message = "Select at least one role.")
            Set<Role> roles) {
    }

    /** A new role set for an account. */
    public record RoleChange(@NotEmpty(message = "Select at least one role.") Set<Role> roles) {
    }

    /**
     * A new hub, made by a platform administrator: its lead council (whose region it serves), its
     * other member councils, and the first hub administrator, who is invited by email.
     */
    public record NewHub(
            @NotBlank(message = "Enter the hub's name.")
            @Size(max = 200, message = "Enter a name of at most 200 characters.")
            String name,
            @NotNull(message = "Select the council that leads the hub.")
            Long leadCouncilId,
            Set<Long> memberCouncilIds,
            @NotBlank(message = "Enter the hub's contact email address.")
            @Email(message = "Enter an email address in the correct format, like name@example.org.")
            @Size(max = 254, message = "Enter an email address of at most 254 characters.")
            String contactEmail,
            @NotBlank(message = "Enter the email address of the hub's first administrator.")
            @Email(message = "Enter an email address in the correct format, like name@example.org.")
            @Size(max = 254, message = "Enter an email address of at most 254 characters.")
            String administratorEmail,
            @NotBlank(message = "Enter the full name of the hub's first administrator.")
            @Size(max = 200, message = "Enter a name of at most 200 characters.")
            String administratorName) {
    }

    /** A user changes their own password. */
    public record PasswordChange(
            @NotBlank(message = "Enter your current password.") String currentPassword,
            @NotBlank(message = "Enter a new password of at least 12 characters.") String newPassword) {
    }

    /** A provider's application to join a hub's market, with its first user. */
    public record ProviderApplication(
            @NotBlank(message = "Enter the provider's legal name.")
            @Size(max = 200, message = "Enter a legal name of at most 200 characters.")
            String legalName,
            @NotNull(message = "Select the type of provider.")
            ProviderType providerType,
            @Pattern(regexp = "^$|^(\\d{8}|[A-Za-z]{2}\\d{6})$",
                    message = "Enter a Companies House number of 8 characters, like 01234567 or SC123456.")
            String companiesHouseNumber,
            @Pattern(regexp = "^$|^\\d{6,8}$", message = "Enter a charity number of 6 to 8 digits.")
            String charityNumber,
            @NotNull(message = "Select the hub you are applying to.")
            Long hubId,
            @NotEmpty(message = "Select at least one service category.")
            Set<ServiceCategory> serviceCategories,
            @NotBlank(message = "Enter your full name.")
            @Size(max = 200, message = "Enter a name of at most 200 characters.")
            String contactName,
            @NotBlank(message = "Enter your email address.")
            @Email(message = "Enter an email address in the correct format, like name@example.org.")
            @Size(max = 254, message = "Enter an email address of at most 254 characters.")
            String contactEmail,
            @NotBlank(message = "Enter a password of at least 12 characters.")
            @Size(min = 12, max = 200, message = "Enter a password of at least 12 characters.")
            String password) {
    }

    /** A registered setting to add to a provider. */
    public record NewSetting(
            @NotBlank(message = "Enter the setting's name.")
            @Size(max = 200, message = "Enter a name of at most 200 characters.")
            String name,
            @NotBlank(message = "Enter the Ofsted URN, like SC123456 or 123456.")
            String ofstedUrn,
            @NotNull(message = "Select the service category.")
            ServiceCategory category,
            @NotNull(message = "Select the latest Ofsted judgement.")
            OfstedJudgement judgement,
            LocalDate judgementDate,
            @NotBlank(message = "Enter the postcode district, like M1 or BL3.")
            String postcodeDistrict,
            @NotNull(message = "Enter the number of places.")
            @Min(value = 1, message = "Places must be between 1 and 500.")
            @Max(value = 500, message = "Places must be between 1 and 500.")
            Integer places) {
    }

    /** A new Ofsted inspection's judgement for a setting. */
    public record NewInspection(
            @NotNull(message = "Select the judgement the inspection gave.")
            OfstedJudgement judgement,
            @NotNull(message = "Give the date of the inspection judgement.")
            LocalDate judgementDate) {
    }

    /** The reason a hub gives for rejecting a provider's registration. */
    public record Rejection(
            @NotBlank(message = "Enter the reason for rejecting the registration.")
            @Size(max = 1000, message = "Enter a reason of at most 1000 characters.")
            String reason) {
    }

    /** A label for a new personal API token. */
    public record TokenRequest(
            @NotBlank(message = "Enter a label that says what the token is for.")
            @Size(max = 100, message = "Enter a label of at most 100 characters.")
            String label,
            @jakarta.validation.constraints.Min(value = 1, message = "A token is valid for 1 to 365 days.")
            @jakarta.validation.constraints.Max(value = 365, message = "A token is valid for 1 to 365 days.")
            Integer validForDays) {

        /** 90 days unless another period is chosen. */
        public int days() {
            return validForDays == null ? 90 : validForDays;
        }
    }
}
