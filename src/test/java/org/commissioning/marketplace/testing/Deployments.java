package org.commissioning.marketplace.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The real WAR that Maven built, as Arquillian deploys it. Never a hand-listed set of classes. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("marketplace.war", "target/commissioning-marketplace.war"));
        return ShrinkWrap.create(ZipImporter.class, "commissioning-marketplace.war").importFrom(war)
                .as(WebArchive.class);
    }
}
