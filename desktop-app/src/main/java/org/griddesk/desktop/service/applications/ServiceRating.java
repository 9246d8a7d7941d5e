package org.griddesk.desktop.service.applications;

import java.util.List;

/** 好差评: a resident's rating of one assisted visit, level 1 (非常不满意) to 5 (非常满意). Never changed afterwards. */
public record ServiceRating(String id, String grid, String residentId, String worker, int level, List<String> tags,
                            String comment, String at) {

    public static final String TYPE = "service_rating";
    public static final List<String> TAGS = List.of("patient", "quick", "clear", "slow", "asked_again");

    public ServiceRating {
        tags = List.copyOf(tags);
    }

    /** 不满意 and 非常不满意 go to a supervisor, who calls the resident back. */
    public boolean poor() {
        return level <= 2;
    }
}
