# METADATA
# scope: package
# title: Date helpers for AWS policies
# description: Ages of ISO-8601 timestamps (credential report dates) against the snapshot clock data.vigil.now_ns.
package vigil.lib.aws.dates

# Nanoseconds in one day.
day_ns := 86400000000000

# Credential-report placeholders that are not dates.
non_dates := {"N/A", "n/a", "no_information", "not_supported"}

# is_date(s) holds for an ISO-8601 / RFC 3339 timestamp such as 2026-01-05T10:00:00+00:00.
is_date(s) if {
	is_string(s)
	not s in non_dates
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}`, s)
	_ = time.parse_rfc3339_ns(s)
}

# age_ns(s) is how long before now the timestamp s lies, in nanoseconds.
age_ns(s) := data.vigil.now_ns - time.parse_rfc3339_ns(s) if is_date(s)

# age_days(s) is the whole number of days between s and now.
age_days(s) := floor(age_ns(s) / day_ns)

# older_than_days(s, n): s is a date more than n days before now.
older_than_days(s, n) if age_ns(s) > n * day_ns

# within_days(s, n): s is a date less than n days before now.
within_days(s, n) if age_ns(s) < n * day_ns
