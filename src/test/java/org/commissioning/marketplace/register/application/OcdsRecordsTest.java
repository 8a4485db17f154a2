package org.commissioning.marketplace.register.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OcdsRecordsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void laterReleasesReplaceFieldsAndMergeArraysOfObjectsById() {
        JsonObject tender = json("{'ocid':'ocds-x-1','id':'t','date':'2026-01-01T00:00:00Z','tag':['tender'],"
                + "'tender':{'id':'1','status':'active','title':'Fostering'},'parties':[{'id':'H','name':'Hub','roles':['buyer']}]}");
        JsonObject award = json("{'ocid':'ocds-x-1','id':'a','date':'2026-03-01T00:00:00Z','tag':['award'],"
                + "'tender':{'status':'complete'},'parties':[{'id':'P','name':'Provider','roles':['supplier']},"
                + "{'id':'H','name':'North West Hub'}],'awards':[{'id':'a1','status':'active'}]}");
        JsonObject record = OcdsRecords.recordPackage("https://example/record", List.of(award, tender))
                .getJsonArray("records").getJsonObject(0);
        JsonObject compiled = record.getJsonObject("compiledRelease");
        assertEquals("t", record.getJsonArray("releases").getJsonObject(0).getString("id"), "releases oldest first");
        assertEquals("ocds-x-1-compiled", compiled.getString("id"));
        assertEquals("compiled", compiled.getJsonArray("tag").getString(0));
        assertEquals("complete", compiled.getJsonObject("tender").getString("status"), "a later value replaces an earlier one");
        assertEquals("Fostering", compiled.getJsonObject("tender").getString("title"), "fields a later release leaves out are kept");
        assertEquals(2, compiled.getJsonArray("parties").size(), "parties merged by id");
        assertEquals("North West Hub", compiled.getJsonArray("parties").getJsonObject(0).getString("name"));
        assertEquals("buyer", compiled.getJsonArray("parties").getJsonObject(0).getJsonArray("roles").getString(0));
        assertEquals("2026-03-01T00:00:00Z", compiled.getString("date"));
    }

    @Test
    void aRecordNeedsARelease() {
        assertThrows(IllegalArgumentException.class, () -> OcdsRecords.recordPackage("u", List.of()));
    }
}
