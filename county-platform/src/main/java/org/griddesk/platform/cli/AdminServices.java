package org.griddesk.platform.cli;

import java.util.Objects;
import org.griddesk.platform.service.AccountService;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.GridService;
import org.griddesk.platform.service.forms.FormTemplateService;
import org.griddesk.platform.service.review.ReviewRules;

/** The use cases the administrative commands call, handed over by the application's composition root. */
public record AdminServices(AccountService accounts, GridService grids, DeviceTokens tokens,
        FormTemplateService templates, ReviewRules reviewRules) {

    public AdminServices {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(reviewRules, "reviewRules");
    }
}
