package org.griddesk.desktop.service.practice;

/**
 * What the practice store holds at one moment, counted: the tour compares it with the moment practice began, so a
 * step ticks off only when its outcome is really saved (a visit record, an issue, an application, a completed sync).
 */
public record PracticeActivity(int visits, int issues, int applications, int completedSyncs) {

    public static final PracticeActivity NONE = new PracticeActivity(0, 0, 0, 0);
}
