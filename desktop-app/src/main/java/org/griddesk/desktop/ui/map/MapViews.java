package org.griddesk.desktop.ui.map;

import javafx.beans.binding.Bindings;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.map.fx.MapView;
import org.locationtech.jts.geom.Envelope;

/** A map control showing the workspace's layers and following its zoom requests. */
public final class MapViews {

    private MapViews() {
    }

    public static MapView create(MapWorkspaceViewModel viewModel, Localization localization) {
        MapView view = new MapView(localization.getLocale());
        Bindings.bindContent(view.getLayers(), viewModel.mapLayers());
        Envelope current = viewModel.zoomRequestProperty().get();
        if (current != null) {
            view.zoomTo(current);
        }
        viewModel.zoomRequestProperty().addListener((observable, before, now) -> {
            if (now != null) {
                view.zoomTo(now);
            }
        });
        Runnable highlight = () -> viewModel.identifiedIssueFeature().ifPresent(view.selectedFeatureProperty()::set);
        viewModel.identifiedIssueProperty().addListener((observable, before, now) -> highlight.run());
        viewModel.mapLayers().addListener((javafx.beans.InvalidationListener) layers -> highlight.run());
        return view;
    }
}
