package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The 迁入他户 and 分户 panes' state, without a screen: what is offered, what is chosen, what confirming hands on. */
class MemberPanesTest {

    private static final HouseholdRow EAST = new HouseholdRow("h-east", "东街 1 号", "王建国", 3, false);
    private static final HouseholdRow WEST = new HouseholdRow("h-west", "西街 9 号", "李秀英", 2, false);
    private static final MemberRow FATHER = member("r-1", "张大山");
    private static final MemberRow SON = member("r-2", "张小山");
    private static final MemberRow DAUGHTER = member("r-3", "张小芳");

    private final List<String> moves = new ArrayList<>();
    private final List<String> splits = new ArrayList<>();
    private final MemberPanes panes = new MemberPanes(
            text -> List.of(EAST, WEST).stream().filter(row -> row.address().contains(text)).toList(),
            (member, target, relation) -> moves.add(member.name() + "→" + target.address() + ":" + relation),
            (members, head) -> splits.add(members.stream().map(MemberRow::name).toList() + " head " + head.name()));

    @Test
    void movingOffersEveryOtherHouseholdThenWhatTheSearchFinds() {
        panes.openMove();
        assertTrue(panes.moveShownProperty().get());
        assertEquals(List.of(EAST, WEST), panes.moveTargets());
        assertFalse(panes.moveChosen().get());

        panes.moveSearchProperty().set("西街");
        assertEquals(List.of(WEST), panes.moveTargets());
        panes.moveTargetProperty().set(WEST);
        assertFalse(panes.moveChosen().get(), "a household alone is not enough: the relation there is asked too");
        panes.moveRelationProperty().set("10");
        assertTrue(panes.moveChosen().get());

        panes.confirmMove(SON);
        assertFalse(panes.moveShownProperty().get(), "confirming closes the pane");
        assertEquals(List.of("张小山→西街 9 号:10"), moves);
    }

    @Test
    void reopeningMovingForgetsTheLastChoice() {
        panes.openMove();
        panes.moveSearchProperty().set("东街");
        panes.moveTargetProperty().set(EAST);
        panes.moveRelationProperty().set("10");
        panes.close();
        assertFalse(panes.moveShownProperty().get());

        panes.openMove();
        assertEquals("", panes.moveSearchProperty().get());
        assertEquals(List.of(EAST, WEST), panes.moveTargets());
        assertNull(panes.moveTargetProperty().get());
        assertNull(panes.moveRelationProperty().get());
        assertEquals(List.of(), moves);
    }

    @Test
    void theHeadOfASplitIsOneOfThoseLeavingAndStaysWhileStillAmongThem() {
        panes.openMove();
        panes.openSplit(List.of(FATHER, SON, DAUGHTER));
        assertFalse(panes.moveShownProperty().get(), "one pane at a time");
        assertTrue(panes.splitShownProperty().get());
        assertEquals(List.of(FATHER, SON, DAUGHTER), panes.splitCandidates());
        assertNull(panes.splitHeadProperty().get(), "nobody chosen, nobody to head");

        panes.choose(List.of(SON, DAUGHTER));
        assertEquals(List.of(SON, DAUGHTER), panes.headChoices());
        assertEquals(SON, panes.splitHeadProperty().get(), "the first of those leaving heads unless changed");
        panes.splitHeadProperty().set(DAUGHTER);
        panes.choose(List.of(FATHER, DAUGHTER));
        assertEquals(DAUGHTER, panes.splitHeadProperty().get(), "the chosen head stays while she still leaves");
        panes.choose(List.of(FATHER));
        assertEquals(FATHER, panes.splitHeadProperty().get());

        panes.choose(List.of(SON, DAUGHTER));
        panes.confirmSplit();
        assertFalse(panes.splitShownProperty().get());
        assertEquals(List.of("[张小山, 张小芳] head 张小山"), splits);
    }

    @Test
    void openingASplitAgainStartsWithNobodyChosen() {
        panes.openSplit(List.of(FATHER, SON));
        panes.choose(List.of(SON));
        panes.close();
        panes.openSplit(List.of(FATHER, SON));
        assertEquals(List.of(), panes.headChoices());
        assertNull(panes.splitHeadProperty().get());
        assertEquals(List.of(), splits);
    }

    private static MemberRow member(String id, String name) {
        return new MemberRow(id, name, "子", "30", "在册", "5001**********0011", "", false, false, null);
    }
}
