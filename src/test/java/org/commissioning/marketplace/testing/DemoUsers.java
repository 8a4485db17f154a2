package org.commissioning.marketplace.testing;

/** Demo accounts the integration tests sign in as (the demo data loads them; see README). */
public final class DemoUsers {
    public static final String HUB = "hub.commissioner@northwest-hub.example";
    public static final String OTHER_HUB = "hub.commissioner@whiterose-hub.example";
    public static final String EVALUATOR = "evaluator@northwest-hub.example";
    /** A member of the North West hub's participation panel. */
    public static final String YOUNG_EVALUATOR = "young.evaluator@northwest-hub.example";
    public static final String AUDITOR = "auditor@northwest-hub.example";
    public static final String ADMIN = "admin@northwest-hub.example";
    public static final String OTHER_ADMIN = "admin@whiterose-hub.example";
    public static final String OTHER_AUDITOR = "auditor@whiterose-hub.example";
    public static final String PLATFORM_ADMIN = "platform.admin@marketplace.example";
    public static final String BOLTON = "commissioner@bolton.example";
    public static final String BOLTON_EVALUATOR = "evaluator@bolton.example";
    public static final String MANCHESTER = "commissioner@manchester.example";
    public static final String LEEDS = "commissioner@leeds.example";
    public static final String BRIGHTWATER = "provider@brightwater.example";
    public static final String OAKFIELD = "provider@oakfield.example";
    public static final String KESTREL = "provider@kestrel-fostering.example";
    public static final String SECOND_HUB = "second.commissioner@northwest-hub.example";

    private DemoUsers() {
    }
}
