package org.commissioning.marketplace.party.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Mail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may administer what, and accounts that never leak: platform and hub scopes for
 * administrators and auditors, hubs made by platform administrators, invitations and password
 * links that work once (also under a race), forgotten passwords and registrations that never say
 * whether an address has an account, and changing one's own password.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsAndScopesIT {

    static final String PASSWORD = "Granite-Meadow-Compass-7";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL url;

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    // ---- scopes

    @Test
    void aHubAdministratorAdministersOnlyTheirHubItsCouncilsAndProviders() {
        long whiteRose = organisationId("HUB", "White Rose Commissioning Hub");
        long leeds = organisationId("COUNCIL", "Leeds City Council");
        long bolton = organisationId("COUNCIL", "Bolton Council");
        String invite = "{\"username\":\"x-" + UUID.randomUUID() + "@it.example\",\"displayName\":\"X\",\"roles\":[\"HUB_COMMISSIONER\"]}";

        assertEquals(404, as(ADMIN).post("api/organisations/" + whiteRose + "/accounts", invite).status(),
                "another hub is not even visible");
        assertEquals(403, as(ADMIN).post("api/organisations/" + leeds + "/accounts",
                invite.replace("HUB_COMMISSIONER", "COUNCIL_COMMISSIONER")).status(), "another hub's council");
        assertEquals(404, as(ADMIN).post("api/organisations/" + whiteRose + "/suspension", "").status());
        assertEquals(403, as(ADMIN).post("api/organisations/" + leeds + "/suspension", "").status());
        long wendy = accountId(OTHER_ADMIN, whiteRose, OTHER_HUB);
        assertEquals(404, as(ADMIN).put("api/accounts/" + wendy + "/enabled", "{\"enabled\":false}").status());
        assertEquals(200, as(OTHER_HUB).get("api/me").status(), "still enabled");

        String listed = as(ADMIN).get("api/organisations?size=100").json().toString();
        assertTrue(listed.contains("North West Placements Hub") && listed.contains("Bolton Council")
                && listed.contains("Brightwater Fostering Ltd"), listed);
        assertFalse(listed.contains("White Rose") || listed.contains("Leeds City Council") || listed.contains("Dales Fostering"),
                "the North West administrator's list is their hub's: " + listed);
        String all = as(PLATFORM_ADMIN).get("api/organisations?size=100&name=hub").json().toString();
        assertTrue(all.contains("White Rose") && all.contains("North West"), "a platform administrator sees every hub");

        assertEquals(201, as(ADMIN).post("api/organisations/" + bolton + "/accounts",
                invite.replace("HUB_COMMISSIONER", "COUNCIL_COMMISSIONER")).status(), "a member council is theirs");
    }

    @Test
    void anAuditorReadsTheirOwnHubsTrailOnly() {
        long whiteRose = organisationId("HUB", "White Rose Commissioning Hub");
        long northWest = organisationId("HUB", "North West Placements Hub");
        changeContact(OTHER_HUB, whiteRose);
        changeContact(HUB, northWest);
        String query = "api/audit-entries?action=organisation.contact-changed&recordId=";

        assertEquals(0, as(AUDITOR).get(query + whiteRose).json().getInt("total"), "the North West auditor");
        assertEquals(1, as(OTHER_AUDITOR).get(query + whiteRose).json().getInt("total"), "White Rose's own auditor");
        assertEquals(0, as(OTHER_AUDITOR).get(query + northWest).json().getInt("total"));
        assertTrue(as(AUDITOR).get(query + northWest).json().getInt("total") >= 1);
        String everything = as(AUDITOR).get("api/audit-entries?size=200").json().toString();
        assertFalse(everything.contains(OTHER_HUB) || everything.contains("whiterose"), "no White Rose entry at all");
        assertTrue(as(OTHER_AUDITOR).get("api/audit-entries/verification").json().getBoolean("intact"),
                "verifying still walks the whole chain");
    }

    // ---- hubs from the platform

    @Test
    void aPlatformAdministratorCreatesAHubAndItsAdministratorTakesUpTheInvitation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + suffix + "@it.example";
        long lead = organisationId("COUNCIL", "Kent County Council");
        long medway = organisationId("COUNCIL", "Medway Council");
        String hub = "{\"name\":\"South East Hub " + suffix + "\",\"leadCouncilId\":" + lead + ",\"memberCouncilIds\":[" + medway
                + "],\"contactEmail\":\"hub-" + suffix + "@it.example\",\"administratorEmail\":\"" + admin
                + "\",\"administratorName\":\"Sam Oduya\"}";

        assertEquals(403, as(ADMIN).post("api/hubs", hub).status(), "a hub administrator cannot create hubs");
        Response bad = as(PLATFORM_ADMIN).post("api/hubs", "{\"name\":\"\",\"leadCouncilId\":999999}");
        assertEquals(400, bad.status(), bad.toString());
        Response created = as(PLATFORM_ADMIN).post("api/hubs", hub);
        assertEquals(201, created.status(), created.toString());
        long hubId = created.json().getJsonNumber("id").longValue();
        assertEquals(2, created.json().getJsonArray("memberCouncils").size(), created.toString());
        assertEquals(400, as(PLATFORM_ADMIN).post("api/hubs", hub.replace(admin, "other-" + admin)).status(),
                "one hub per name");

        setPassword(Mail.linkToken(admin, "You are invited"), PASSWORD);
        Api hubAdmin = Api.anonymous(url).as(admin, PASSWORD);
        assertEquals(hubId, hubAdmin.get("api/me/organisation").json().getJsonNumber("id").longValue());
        assertEquals(201, hubAdmin.post("api/organisations/" + medway + "/accounts", "{\"username\":\"c-" + suffix
                + "@it.example\",\"displayName\":\"Casey\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        assertEquals(403, hubAdmin.post("api/organisations/" + organisationId("COUNCIL", "Bolton Council") + "/accounts",
                "{\"username\":\"b-" + suffix + "@it.example\",\"displayName\":\"B\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        assertTrue(as(PLATFORM_ADMIN).get("api/hubs").body().contains("South East Hub " + suffix),
                "providers can apply to it");
    }

    @Test
    void rolesChangeAndAnAdministratorCannotLockThemselvesOut() throws Exception {
        String email = "roles-" + UUID.randomUUID() + "@it.example";
        long hub = organisationId("HUB", "North West Placements Hub");
        long id = as(ADMIN).post("api/organisations/" + hub + "/accounts", "{\"username\":\"" + email
                + "\",\"displayName\":\"Rae\",\"roles\":[\"EVALUATOR\"]}").json().getJsonNumber("id").longValue();
        Response changed = as(ADMIN).put("api/accounts/" + id + "/roles", "{\"roles\":[\"EVALUATOR\",\"AUDITOR\"]}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(2, changed.json().getJsonArray("roles").size());
        assertEquals(400, as(ADMIN).put("api/accounts/" + id + "/roles", "{\"roles\":[\"PROVIDER_USER\"]}").status());
        long me = as(ADMIN).get("api/me").json().getJsonNumber("id").longValue();
        assertEquals(409, as(ADMIN).put("api/accounts/" + me + "/roles", "{\"roles\":[\"EVALUATOR\"]}").status());
        assertEquals(409, as(ADMIN).put("api/accounts/" + me + "/enabled", "{\"enabled\":false}").status());
        assertEquals(200, as(ADMIN).post("api/accounts/" + id + "/invitation", "").status(), "sent again");
        setPassword(Mail.linkToken(email, "You are invited", 2), PASSWORD);
        assertEquals(409, as(ADMIN).post("api/accounts/" + id + "/invitation", "").status(), "a password is set");
        assertEquals(200, Api.anonymous(url).as(email, PASSWORD).get("api/audit-entries").status(), "now an auditor");
    }

    @Test
    void aPlatformAdministratorAddsOrCorrectsAPostcodeDistrictAndEveryoneReadsIt() {
        String centroid = "{\"latitude\":53.1234,\"longitude\":-2.5}";
        assertEquals(403, as(ADMIN).put("api/postcode-districts/ZZ9", centroid).status(), "not a hub administrator");
        Response bad = as(PLATFORM_ADMIN).put("api/postcode-districts/not-one", "{\"latitude\":70,\"longitude\":-2.5}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"district\"") && bad.body().contains("\"latitude\""), bad.body());
        Response added = as(PLATFORM_ADMIN).put("api/postcode-districts/zz9", centroid);
        assertEquals(200, added.status(), added.toString());
        assertTrue(added.json().getBoolean("added"));
        Response corrected = as(PLATFORM_ADMIN).put("api/postcode-districts/ZZ9", "{\"latitude\":53.2,\"longitude\":-2.6}");
        assertFalse(corrected.json().getBoolean("added"));
        assertEquals("53.20000", as(BOLTON).get("api/postcode-districts/ZZ9").json().getJsonNumber("latitude").bigDecimalValue().toPlainString());
        try (java.sql.Connection c = org.commissioning.marketplace.testing.TestServices.connect();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry WHERE record_type = "
                     + "'postcode-district' AND record_id = 'ZZ9' AND action IN ('postcode-district.added', 'postcode-district.corrected')")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "both changes are audited");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---- links that work once, and addresses that never leak

    @Test
    void aResetLinkWorksOnceEvenWhenUsedTwiceAtTheSameMoment() throws Exception {
        String email = invitedAndSet("reset");
        Response unknown = Api.anonymous(url).post("api/passwords/reset-requests", "{\"email\":\"nobody-" + UUID.randomUUID() + "@it.example\"}");
        Response known = Api.anonymous(url).post("api/passwords/reset-requests", "{\"email\":\"" + email + "\"}");
        assertEquals(202, unknown.status());
        assertEquals(202, known.status());
        assertEquals(unknown.body(), known.body(), "the same answer whether or not the address has an account");

        String token = Mail.linkToken(email, "Reset your password");
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> race = List.of(
                () -> setPasswordStatus(token, "First-Racer-Password-11"),
                () -> setPasswordStatus(token, "Second-Racer-Password-22"));
        List<Integer> statuses = two.invokeAll(race).stream().map(AccountsAndScopesIT::get).sorted().toList();
        two.shutdown();
        assertEquals(List.of(200, 422), statuses, "exactly one use of the link wins");
        boolean first = Api.anonymous(url).as(email, "First-Racer-Password-11").get("api/me").status() == 200;
        boolean second = Api.anonymous(url).as(email, "Second-Racer-Password-22").get("api/me").status() == 200;
        assertTrue(first ^ second, "the winner's password, and only it, works");
        assertEquals(401, Api.anonymous(url).as(email, PASSWORD).get("api/me").status(), "the old password is gone");
        assertEquals(422, setPasswordStatus("not-a-real-token", "Whatever-Phrase-Here-3"));
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() throws Exception {
        long hub = organisationId("HUB", "North West Placements Hub");
        String fresh = "fresh-" + UUID.randomUUID() + "@it.example";
        Response forStaff = register(hub, "Staff Address Ltd", EVALUATOR);
        Response forNew = register(hub, "Staff Address Ltd", fresh);
        assertEquals(202, forStaff.status(), forStaff.toString());
        assertEquals(202, forNew.status(), forNew.toString());
        assertEquals(forNew.body().replace(fresh, "ADDRESS"), forStaff.body().replace(EVALUATOR, "ADDRESS"),
                "the same answer for a staff member's address and a new one");
        assertTrue(Mail.body(Mail.await(EVALUATOR, "Your application to")).contains("already has an account"));
        assertTrue(Mail.body(Mail.await(fresh, "Your application to")).contains("reference P-"));
        assertEquals(200, as(EVALUATOR).get("api/me").status(), "the staff account is untouched");
    }

    @Test
    void aUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        String email = invitedAndSet("change");
        Api user = Api.anonymous(url).as(email, PASSWORD);
        Response wrong = user.put("api/me/password", "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"New-Lighthouse-Phrase-5\"}");
        assertEquals(400, wrong.status());
        assertEquals("currentPassword", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Response common = user.put("api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"qwertyuiop123\"}");
        assertEquals(400, common.status(), common.toString());
        assertEquals("newPassword", common.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, user.put("api/me/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"New-Lighthouse-Phrase-5\"}").status());
        // The old password was verified (and remembered) a moment ago: refused at once all the same.
        assertEquals(401, Api.anonymous(url).as(email, PASSWORD).get("api/me").status());
        assertEquals(200, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-5").get("api/me").status());
        assertEquals(200, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-5").get("api/me").status(), "remembered: not hashed again");
        assertEquals(401, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-6").get("api/me").status(),
                "remembering the right password never lets a different one in");
    }

    // ---- helpers

    private String invitedAndSet(String prefix) throws Exception {
        String email = prefix + "-" + UUID.randomUUID() + "@it.example";
        long bolton = organisationId("COUNCIL", "Bolton Council");
        assertEquals(201, as(ADMIN).post("api/organisations/" + bolton + "/accounts", "{\"username\":\"" + email
                + "\",\"displayName\":\"Test User\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        setPassword(Mail.linkToken(email, "You are invited"), PASSWORD);
        return email;
    }

    private void setPassword(String token, String password) {
        assertEquals(200, setPasswordStatus(token, password));
    }

    private int setPasswordStatus(String token, String password) {
        return Api.anonymous(url).post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}").status();
    }

    private static int get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Response register(long hub, String name, String email) {
        return Api.anonymous(url).post("api/provider-registrations", "{\"legalName\":\"" + name
                + "\",\"providerType\":\"PRIVATE\",\"companiesHouseNumber\":\"12345678\",\"hubId\":" + hub
                + ",\"serviceCategories\":[\"FOSTERING_STANDARD\"],\"contactName\":\"Pat\",\"contactEmail\":\"" + email
                + "\",\"password\":\"Registration-Phrase-99\"}");
    }

    private void changeContact(String user, long org) {
        JsonObject current = as(user).get("api/organisations/" + org).json();
        Response r = as(user).put("api/organisations/" + org + "/contact", "{\"contactEmail\":\"c-" + UUID.randomUUID()
                + "@it.example\",\"version\":" + current.getJsonNumber("version").longValue() + "}");
        assertEquals(200, r.status(), r.toString());
    }

    private long organisationId(String kind, String name) {
        for (JsonValue o : as(PLATFORM_ADMIN).get("api/organisations?size=100&kind=" + kind + "&name="
                + name.replace(" ", "%20")).json().getJsonArray("items")) {
            if (o.asJsonObject().getString("name").equals(name)) {
                return o.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("No " + kind + " called " + name);
    }

    private long accountId(String admin, long org, String username) {
        for (JsonValue a : as(admin).get("api/organisations/" + org + "/accounts?size=100").json().getJsonArray("items")) {
            if (a.asJsonObject().getString("username").equals(username)) {
                return a.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("No account " + username);
    }
}
