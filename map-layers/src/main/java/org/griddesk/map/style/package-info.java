/** Toolkit-independent layer styles: symbols, colours, widths, opacity and the label field. */
package org.griddesk.map.style;
