package vigil.azure.compute.azure_compute_vm_no_public_ip_test

import data.vigil.azure.compute.azure_compute_vm_no_public_ip

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "compute", "type": "azure.compute.vm", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_compute_vm_no_public_ip.deny with input as {"resource": res({"properties": {"storageProfile": {"osDisk": {"managedDisk": {"storageAccountType": "Premium_LRS"}}, "dataDisks": [{"lun": 0, "managedDisk": {"storageAccountType": "Premium_LRS"}}]}, "securityProfile": {"encryptionAtHost": true, "securityType": "TrustedLaunch", "uefiSettings": {"secureBootEnabled": true, "vTpmEnabled": true}}}, "networkInterfaces": [{"id": "nic1", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"privateIPAddress": "10.0.0.4"}}]}}]}, {})}
	count(result) == 0
}

test_no_nics_passes if {
	result := azure_compute_vm_no_public_ip.deny with input as {"resource": res({"networkInterfaces": []}, {})}
	count(result) == 0
}

test_public_fails if {
	result := azure_compute_vm_no_public_ip.deny with input as {"resource": res({"networkInterfaces": [{"id": "nic1", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"publicIPAddress": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip"}}}]}}]}, {})}
	count(result) == 1
}
