package org.griddesk.desktop.service.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The 审核 workspace's use cases: read the queue and an item from the platform (online), and send decisions. A
 * decision that cannot be sent waits in the encrypted store and goes out, in order, with the next send; one the
 * platform answers 409 is reported with who acted first and dropped (nothing is overwritten).
 */
public final class ReviewService {
    public static final int PAGE = 200;

    private final ReviewPlatform platform;
    private final WaitingDecisions waiting;
    private final Clock clock;
    private final ApplicationSheets sheets;
    private final List<SendOutcome> lateAnswers = new ArrayList<>();

    public ReviewService(ReviewPlatform platform, WaitingDecisions waiting, Clock clock) {
        this(platform, waiting, clock, ApplicationSheets.NONE);
    }

    public ReviewService(ReviewPlatform platform, WaitingDecisions waiting, Clock clock, ApplicationSheets sheets) {
        this.platform = platform;
        this.waiting = waiting;
        this.clock = clock;
        this.sheets = sheets;
    }

    public ReviewQueuePage queue(String kind) throws ReviewOfflineException, ReviewRefusedException {
        return platform.queue(kind, PAGE);
    }

    public ReviewItemDetail detail(long id) throws ReviewOfflineException, ReviewRefusedException {
        return detail(id, "zh");
    }

    /** The item; an application laid out as its form in {@code languageCode}, with its pictures fetched. */
    public ReviewItemDetail detail(long id, String languageCode) throws ReviewOfflineException,
            ReviewRefusedException {
        ReviewItemDetail detail = platform.detail(id);
        if (!"application".equals(detail.item().kind())) {
            return detail;
        }
        return sheets.sheet(detail.item().recordId(), detail.recordFields(), languageCode).map(detail::withForm)
                .orElse(detail);
    }

    /** Sends what waits first, then this decision; offline, it waits too. */
    public SendOutcome decide(ReviewDecision decision) {
        List<SendOutcome> earlier = sendWaiting();
        if (earlier.stream().anyMatch(outcome -> outcome.kind() == SendOutcome.Kind.WAITING)) {
            waiting.add(decision, clock.millis());
            return SendOutcome.of(SendOutcome.Kind.WAITING);
        }
        try {
            return platform.send(decision);
        } catch (ReviewOfflineException e) {
            waiting.add(decision, clock.millis());
            return SendOutcome.of(SendOutcome.Kind.WAITING);
        }
    }

    /** Sends the waiting decisions in the order they were made; stops at the first that still cannot be sent. */
    public List<SendOutcome> sendWaiting() {
        List<SendOutcome> outcomes = new ArrayList<>();
        for (WaitingDecisions.Waiting each : waiting.all()) {
            try {
                SendOutcome outcome = platform.send(each.decision());
                outcomes.add(outcome);
                waiting.remove(each);
                if (outcome.kind() != SendOutcome.Kind.SENT) {
                    synchronized (lateAnswers) {
                        lateAnswers.add(outcome);
                    }
                }
            } catch (ReviewOfflineException e) {
                outcomes.add(SendOutcome.of(SendOutcome.Kind.WAITING));
                break;
            }
        }
        return outcomes;
    }

    /**
     * Answers to decisions that waited and were then not applied (another reviewer was first, or the platform
     * refused): the reviewer must be told, once.
     */
    public List<SendOutcome> takeLateAnswers() {
        synchronized (lateAnswers) {
            List<SendOutcome> answers = List.copyOf(lateAnswers);
            lateAnswers.clear();
            return answers;
        }
    }

    public int waitingCount() {
        return waiting.all().size();
    }
}
