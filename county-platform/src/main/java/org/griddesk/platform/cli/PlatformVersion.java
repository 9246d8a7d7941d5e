package org.griddesk.platform.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest, so that --version and the packages agree. */
final class PlatformVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PlatformVersion.class.getPackage().getImplementationVersion();
        return new String[] {"GridDesk county platform " + (version == null ? "(development build)" : version)};
    }
}
