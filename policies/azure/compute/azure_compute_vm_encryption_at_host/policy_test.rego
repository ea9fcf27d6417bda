package vigil.azure.compute.azure_compute_vm_encryption_at_host_test

import data.vigil.azure.compute.azure_compute_vm_encryption_at_host

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "compute", "type": "azure.compute.vm", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_compute_vm_encryption_at_host.deny with input as {"resource": res({"properties": {"storageProfile": {"osDisk": {"managedDisk": {"storageAccountType": "Premium_LRS"}}, "dataDisks": [{"lun": 0, "managedDisk": {"storageAccountType": "Premium_LRS"}}]}, "securityProfile": {"encryptionAtHost": true, "securityType": "TrustedLaunch", "uefiSettings": {"secureBootEnabled": true, "vTpmEnabled": true}}}, "networkInterfaces": [{"id": "nic1", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"privateIPAddress": "10.0.0.4"}}]}}]}, {})}
	count(result) == 0
}

test_off_fails if {
	result := azure_compute_vm_encryption_at_host.deny with input as {"resource": res({"properties": {"securityProfile": {"encryptionAtHost": false}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_compute_vm_encryption_at_host.deny with input as {"resource": res({"properties": {}}, {})}
	count(result) == 1
}
