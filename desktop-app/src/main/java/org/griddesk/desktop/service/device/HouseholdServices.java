package org.griddesk.desktop.service.device;

import java.util.function.Supplier;

import org.griddesk.desktop.service.applications.ServiceRatings;
import org.griddesk.desktop.service.registry.FormDrafts;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.GridNames;

/**
 * What the 住户 workspace works with.
 *
 * @param registry loads every household and resident (one bulk read, signed by the worker signed in at that moment):
 *                 call it off the FX thread
 * @param drafts   half-filled forms of this store
 * @param gridNames the names of the grids this device knows
 * @param ratings  好差评 after a visit, signed by the worker signed in at that moment
 */
public record HouseholdServices(Supplier<RegistryService> registry, FormDrafts drafts, GridNames gridNames,
                                Supplier<ServiceRatings> ratings) {
}
