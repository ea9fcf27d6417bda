# METADATA
# scope: package
# title: CloudTrail S3 data event helpers
# description: Whether a trail's event selectors log S3 object-level write or read events for all buckets (CIS AWS
#   7.0.0 4.8 and 4.9).
package vigil.lib.aws.dataevents

import data.vigil.lib.aws.util

# read_write: "WriteOnly" or "ReadOnly"; a basic selector with ReadWriteType "All" or that value covers it.
# ReadOnly events carry readOnly == true; write events readOnly == false.
readonly_value := {"WriteOnly": "false", "ReadOnly": "true"}

all_buckets := {"arn:aws:s3", "arn:aws:s3:::"}

# A logging multi-region trail that records S3 object events of kind read_write for every bucket.
covers(trail, read_write) if {
	trail.attributes.IsMultiRegionTrail == true
	trail.attributes.Status.IsLogging == true
	selector_covers(trail.attributes.EventSelectors, read_write)
}

selector_covers(selectors, read_write) if {
	some s in util.array_or_empty(util.get(selectors, "EventSelectors", []))
	s.ReadWriteType in {"All", read_write}
	some d in util.array_or_empty(s.DataResources)
	d.Type == "AWS::S3::Object"
	some v in util.array_or_empty(d.Values)
	v in all_buckets
}

# Advanced selectors: eventCategory = Data, resources.type = AWS::S3::Object, readOnly absent or equal to the
# kind's value, and no other field selector (a resources.ARN or eventName selector narrows the buckets or calls).
selector_covers(selectors, read_write) if {
	some s in util.array_or_empty(util.get(selectors, "AdvancedEventSelectors", []))
	fields := util.array_or_empty(s.FieldSelectors)
	equals_only(fields, "eventCategory", "Data")
	equals_only(fields, "resources.type", "AWS::S3::Object")
	readonly_fits(fields, readonly_value[read_write])
	every f in fields {
		f.Field in {"eventCategory", "resources.type", "readOnly"}
	}
}

# The field has exactly one selector, Equals [value], and no other operator with values.
equals_only(fields, name, value) if {
	matching := [f | some f in fields; f.Field == name]
	count(matching) == 1
	f := matching[0]
	f.Equals == [value]
	every k, v in object.remove(f, ["Field", "Equals"]) {
		count(util.array_or_empty(v)) == 0
	}
}

readonly_fits(fields, _) if {
	every f in fields {
		f.Field != "readOnly"
	}
}

readonly_fits(fields, value) if equals_only(fields, "readOnly", value)
