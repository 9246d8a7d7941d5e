package org.griddesk.desktop.ui.applications;

import java.util.List;

/** What the five-faces screen (好差评) records a rating through: after an application, or after a visit. */
public interface ServiceRater {

    /** The tags offered under the faces. */
    List<String> ratingTags();

    /** Records the rating in the background; {@code done} runs on the FX thread once it is stored. */
    void rate(int level, List<String> tags, String comment, Runnable done);
}
