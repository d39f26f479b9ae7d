package org.passerelle.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest by the build. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"passerelle " + version()};
    }
}
