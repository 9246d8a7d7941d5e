package org.griddesk.desktop.app.demo;

import java.util.List;

/** The accounts demo mode creates on its local county platform, both responsible for every grid of the demo village. */
public record DemoAccounts(List<String> gridCodes, String workerUsername, String workerPassword,
                           String supervisorUsername, String supervisorPassword) {

    public DemoAccounts {
        gridCodes = List.copyOf(gridCodes);
    }

    public static DemoAccounts standard() {
        return new DemoAccounts(DemoVillage.standard().gridCodes(), "demo", "demo-worker-2026", "supervisor",
                "demo-supervisor-2026");
    }
}
