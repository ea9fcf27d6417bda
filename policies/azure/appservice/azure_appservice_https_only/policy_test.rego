package vigil.azure.appservice.azure_appservice_https_only_test

import data.vigil.azure.appservice.azure_appservice_https_only

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "appservice", "type": "azure.appservice.webapp", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_appservice_https_only.deny with input as {"resource": res({"identity": {"type": "SystemAssigned"}, "properties": {"httpsOnly": true, "clientCertEnabled": true}, "siteConfig": {"minTlsVersion": "1.2", "ftpsState": "Disabled", "http20Enabled": true, "remoteDebuggingEnabled": false}, "authSettingsV2": {"platform": {"enabled": true}}}, {})}
	count(result) == 0
}

test_http_fails if {
	result := azure_appservice_https_only.deny with input as {"resource": res({"properties": {"httpsOnly": false}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_appservice_https_only.deny with input as {"resource": res({"properties": {}}, {})}
	count(result) == 1
}
