package vigil.lib.aws.dataevents_test

import data.vigil.lib.aws.dataevents

trail(selectors) := {"attributes": {"IsMultiRegionTrail": true, "Status": {"IsLogging": true}, "EventSelectors": selectors}}

basic(rw, values) := {"EventSelectors": [{"ReadWriteType": rw, "IncludeManagementEvents": true, "DataResources": [{"Type": "AWS::S3::Object", "Values": values}]}]}

advanced(fields) := {"AdvancedEventSelectors": [{"Name": "s3", "FieldSelectors": fields}]}

data_fields := [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]

test_basic_all_covers_both if {
	dataevents.covers(trail(basic("All", ["arn:aws:s3"])), "WriteOnly")
	dataevents.covers(trail(basic("All", ["arn:aws:s3:::"])), "ReadOnly")
}

test_basic_one_kind_only if {
	dataevents.covers(trail(basic("WriteOnly", ["arn:aws:s3"])), "WriteOnly")
	not dataevents.covers(trail(basic("WriteOnly", ["arn:aws:s3"])), "ReadOnly")
	not dataevents.covers(trail(basic("ReadOnly", ["arn:aws:s3"])), "WriteOnly")
}

test_basic_some_buckets_only_does_not_cover if {
	not dataevents.covers(trail(basic("All", ["arn:aws:s3:::app-bucket/"])), "WriteOnly")
}

test_basic_lambda_data_events_do_not_cover if {
	not dataevents.covers(trail({"EventSelectors": [{"ReadWriteType": "All", "DataResources": [{"Type": "AWS::Lambda::Function", "Values": ["arn:aws:lambda"]}]}]}), "WriteOnly")
}

test_advanced_all_covers_both if {
	dataevents.covers(trail(advanced(data_fields)), "WriteOnly")
	dataevents.covers(trail(advanced(data_fields)), "ReadOnly")
}

test_advanced_read_only if {
	t := trail(advanced(array.concat(data_fields, [{"Field": "readOnly", "Equals": ["true"]}])))
	dataevents.covers(t, "ReadOnly")
	not dataevents.covers(t, "WriteOnly")
}

test_advanced_narrowed_by_arn_does_not_cover if {
	not dataevents.covers(trail(advanced(array.concat(data_fields, [{"Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::app/"]}]))), "WriteOnly")
}

test_advanced_not_equals_operator_does_not_cover if {
	not dataevents.covers(trail(advanced([{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"], "NotEquals": ["AWS::S3::Object"]}])), "WriteOnly")
}

test_empty_operator_lists_are_ignored if {
	dataevents.covers(trail(advanced([{"Field": "eventCategory", "Equals": ["Data"], "StartsWith": [], "NotEquals": null}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}])), "WriteOnly")
}

test_single_region_or_stopped_trail_does_not_cover if {
	not dataevents.covers({"attributes": {"IsMultiRegionTrail": false, "Status": {"IsLogging": true}, "EventSelectors": basic("All", ["arn:aws:s3"])}}, "WriteOnly")
	not dataevents.covers({"attributes": {"IsMultiRegionTrail": true, "Status": {"IsLogging": false}, "EventSelectors": basic("All", ["arn:aws:s3"])}}, "WriteOnly")
}
