package org.griddesk.desktop.ui.practice;

/** Starts a round of 练习模式; wired in the launcher, so the screens know nothing of demo stores and platforms. */
@FunctionalInterface
public interface PracticeStarter {

    /**
     * Runs off the FX thread: prepares the practice store ({@code fresh}: throws earlier practice work away first)
     * and starts the practice platform in the background. Touches nothing of the real store.
     */
    PracticeRound start(boolean fresh) throws Exception;
}
