/** The generated offline base map of the fictitious demo village 幸福村 in 重庆市万州区. */
package org.griddesk.map.demo;
