package org.griddesk.desktop.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest, so that --version and the packages agree. */
final class GridDeskVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = GridDeskVersion.class.getPackage().getImplementationVersion();
        return new String[] {"GridDesk " + (version == null ? "(development build)" : version)};
    }
}
