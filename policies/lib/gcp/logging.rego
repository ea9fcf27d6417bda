# METADATA
# scope: package
# title: Log-based metrics and the alert policies on them (CIS GCP 2.4 to 2.11)
# description: A project passes a metric check when an enabled log-based metric has the CIS filter (compared
#   without whitespace) and an enabled alert policy has a condition on that metric (docs/checks-gcp.md).
package vigil.lib.gcp.logging

# squash(s) is s without any whitespace: filters that differ only in spacing or line breaks compare equal.
squash(s) := regex.replace(s, `\s+`, "")

# metrics(resources, filter) names the enabled log-based metrics of the project whose filter is the given one.
metrics(resources, filter) := {m.attributes.name |
	some m in object.get(resources, "gcp.logging.metric", [])
	not object.get(m.attributes, "disabled", false) == true
	squash(object.get(m.attributes, "filter", "")) == squash(filter)
}

# alerted(resources, name) holds when an enabled alert policy (enabled absent means enabled, as the API reads
# it) has a threshold or absence condition whose filter selects the log-based metric name.
alerted(resources, name) if {
	some policy in object.get(resources, "gcp.monitoring.alert_policy", [])
	object.get(policy.attributes, "enabled", true) != false
	some condition in object.get(policy.attributes, "conditions", [])
	some kind in ["conditionThreshold", "conditionAbsent"]
	f := object.get(object.get(condition, kind, {}), "filter", "")
	contains(squash(f), sprintf(`metric.type="logging.googleapis.com/user/%s"`, [name]))
}

# problem(resources, filter) says what is missing, or is undefined when a metric with an alert exists.
problem(resources, filter) := "no enabled log-based metric has the CIS filter" if {
	count(metrics(resources, filter)) == 0
}

problem(resources, filter) := sprintf("no enabled alert policy watches the metric(s) %s", [concat(", ", sort(names))]) if {
	names := metrics(resources, filter)
	count(names) > 0
	not any_alerted(resources, names)
}

any_alerted(resources, names) if {
	some name in names
	alerted(resources, name)
}
