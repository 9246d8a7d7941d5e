package org.griddesk.desktop.ui.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One column of the file: its header as written and the name of the import column the worker says it holds
 * (null: ignore it).
 */
public final class MappingRow {

    private final int index;
    private final String header;
    private final StringProperty column = new SimpleStringProperty(this, "column");

    MappingRow(int index, String header, String recognised) {
        this.index = index;
        this.header = header;
        this.column.set(recognised);
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    public StringProperty columnProperty() {
        return column;
    }
}
