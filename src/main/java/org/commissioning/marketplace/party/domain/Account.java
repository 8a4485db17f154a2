package org.commissioning.marketplace.party.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Aggregate root: a person's sign-in to the marketplace, acting for one organisation with one or
 * more roles. The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "account")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    /** Failed sign-ins in a row; written by SignInGuard with its own statements, read here. */
    @Column(name = "failed_sign_ins", insertable = false, updatable = false)
    private int failedSignIns;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The one-time code secret (base32) when two-step sign-in is on; sealed at rest (orm.xml). */
    @Column(name = "totp_secret")
    private String totpSecret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Whether what waits for this person is emailed to them each morning. */
    @Column(name = "task_emails")
    private boolean taskEmails = true;

    @Version
    private long version;

    protected Account() {
    }

    public Account(Organisation organisation, String username, String displayName, String passwordHash,
                   Set<Role> roles, Instant now) {
        checkRoles(organisation, roles);
        this.organisation = organisation;
        this.username = username.strip().toLowerCase();
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    private static void checkRoles(Organisation organisation, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "Select at least one role.");
        }
        for (Role role : roles) {
            if (!role.fits(organisation.kind())) {
                throw InvalidInputException.of("roles", "A " + organisation.kind().label().toLowerCase()
                        + " account cannot have the role " + role.label().toLowerCase() + ".");
            }
        }
    }

    /** Replaces the account's roles; each must fit its organisation. */
    public void changeRoles(Set<Role> newRoles) {
        checkRoles(organisation, newRoles);
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Sets a new password (its hash); an invited account has none until its owner sets one. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    /** Turns two-step sign-in on with a confirmed secret, or off with null. */
    public void changeSecondFactor(String secret) {
        this.totpSecret = secret;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null && !totpSecret.isEmpty();
    }

    public String secondFactorSecret() {
        return totpSecret;
    }

    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isEmpty();
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public boolean taskEmails() {
        return taskEmails;
    }

    public void changeTaskEmails(boolean on) {
        this.taskEmails = on;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    /** May sign in: enabled, and its organisation is active. */
    public boolean maySignIn() {
        return enabled && organisation.isActive();
    }

    public Set<String> roleNames() {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public long version() {
        return version;
    }
}
