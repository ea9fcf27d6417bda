package vigil.azure.appservice.azure_appservice_ftp_disabled_test

import data.vigil.azure.appservice.azure_appservice_ftp_disabled

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "appservice", "type": "azure.appservice.webapp", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_appservice_ftp_disabled.deny with input as {"resource": res({"identity": {"type": "SystemAssigned"}, "properties": {"httpsOnly": true, "clientCertEnabled": true}, "siteConfig": {"minTlsVersion": "1.2", "ftpsState": "Disabled", "http20Enabled": true, "remoteDebuggingEnabled": false}, "authSettingsV2": {"platform": {"enabled": true}}}, {})}
	count(result) == 0
}

test_ftps_only_passes if {
	result := azure_appservice_ftp_disabled.deny with input as {"resource": res({"siteConfig": {"ftpsState": "FtpsOnly"}}, {})}
	count(result) == 0
}

test_all_allowed_fails if {
	result := azure_appservice_ftp_disabled.deny with input as {"resource": res({"siteConfig": {"ftpsState": "AllAllowed"}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_appservice_ftp_disabled.deny with input as {"resource": res({"siteConfig": {}}, {})}
	count(result) == 1
}
