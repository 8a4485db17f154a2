package org.commissioning.marketplace.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.net.URL;

/** The real WAR that Maven built, as Arquillian deploys it. Never a hand-listed set of classes. */
public final class Deployments {
    private Deployments() {
    }

    /**
     * The deployment's root on loopback: Arquillian reports the machine's network address, but
     * tests talk only to 127.0.0.1. Always ends with a slash.
     */
    public static URI local(URL deployment) {
        URI u = URI.create(deployment.toString());
        String path = u.getPath().endsWith("/") ? u.getPath() : u.getPath() + "/";
        return URI.create("http://127.0.0.1:" + u.getPort() + path);
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("marketplace.war", "target/commissioning-marketplace.war"));
        return ShrinkWrap.create(ZipImporter.class, "commissioning-marketplace.war").importFrom(war)
                .as(WebArchive.class);
    }
}
