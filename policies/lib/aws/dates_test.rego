package vigil.lib.aws.dates_test

import data.vigil.lib.aws.dates

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

test_placeholders_are_not_dates if {
	not dates.is_date("N/A")
	not dates.is_date("no_information")
	not dates.is_date("not_supported")
	not dates.is_date(null)
	dates.is_date("2026-01-05T10:00:00+00:00")
}

test_age_days if {
	dates.age_days("2026-11-12T00:00:00+00:00") == 10 with data.vigil.now_ns as now
	dates.older_than_days("2026-05-06T00:00:00+00:00", 90) with data.vigil.now_ns as now
	not dates.older_than_days("2026-08-24T00:00:00+00:00", 90) with data.vigil.now_ns as now
	dates.within_days("2026-11-21T23:00:00Z", 1) with data.vigil.now_ns as now
}
