package org.griddesk.model.forms;

import java.util.Set;

/**
 * GridDesk's own XForm vocabulary. The namespace {@value #GRIDDESK_NS} (prefix {@code gd}) carries:
 * <ul>
 * <li>{@code gd:prefill} on a bind: the registry field a question is filled from, {@code resident.<field>} or
 *     {@code household.<field>} ({@code household.members} on a repeat of household members, whose questions then
 *     name {@code resident.<field>} of each member);</li>
 * <li>{@code gd:min_age}, {@code gd:max_age} and {@code gd:tags} on {@code <model>}: when the desktop suggests the
 *     application for a resident (age in whole years; tags separated by spaces, any one matching).</li>
 * </ul>
 * Other XForm tools ignore attributes of namespaces they do not know, so such a form still runs in ODK Collect.
 */
public final class XFormNames {
    public static final String GRIDDESK_NS = "https://griddesk.org/xforms";
    public static final String GRIDDESK_PREFIX = "gd";
    public static final String XFORMS_NS = "http://www.w3.org/2002/xforms";
    public static final String JAVAROSA_NS = "http://openrosa.org/javarosa";
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String ODK_NS = "http://www.opendatakit.org/xforms";

    public static final String PREFILL = "prefill";
    public static final String MIN_AGE = "min_age";
    public static final String MAX_AGE = "max_age";
    public static final String TAGS = "tags";

    /** The registry fields a question may be prefilled from. */
    public static final Set<String> PREFILL_FIELDS = Set.of(
            "resident.name", "resident.idNumber", "resident.birthDate", "resident.sex", "resident.ethnicity",
            "resident.phone", "resident.relation",
            "household.address", "household.divisionCode", "household.houseNo", "household.members");

    /** The one prefill a repeat may carry: one repeat instance per member of the resident's household. */
    public static final String HOUSEHOLD_MEMBERS = "household.members";

    private XFormNames() {
    }
}
