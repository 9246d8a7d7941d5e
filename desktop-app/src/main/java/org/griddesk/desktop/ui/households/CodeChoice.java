package org.griddesk.desktop.ui.households;

import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.model.code.Division;
import org.griddesk.model.code.DivisionTable;

/** One choice of a coded field a person picks by name (a grid, a village): the code stored, the name shown. */
public record CodeChoice(String code, Message label) {

    /**
     * The divisions a household in {@code grid} may lie in, by name: the villages and communities of the grid's
     * township, and the township itself. Empty when the grid's township is not in the division table.
     */
    static List<CodeChoice> divisionsAround(String grid, DivisionTable divisions) {
        if (grid == null || grid.length() < 9) {
            return List.of();
        }
        String township = grid.substring(0, 9);
        List<CodeChoice> choices = new ArrayList<>();
        divisions.name(township).ifPresent(name -> choices.add(new CodeChoice(township,
                new Message("households.form.division", name, township))));
        for (Division village : divisions.children(township)) {
            choices.add(new CodeChoice(village.code(), new Message("households.form.division", village.name(),
                    village.code())));
        }
        return choices;
    }
}
