package org.griddesk.desktop.app;

/** The accounts demo mode creates on its local county platform, all in one demo grid. */
public record DemoAccounts(String gridCode, String gridName, String workerUsername, String workerPassword,
                           String supervisorUsername, String supervisorPassword) {

    public static DemoAccounts standard() {
        return new DemoAccounts("500101001001", "演示网格", "demo", "demo-worker-2026", "supervisor",
                "demo-supervisor-2026");
    }
}
