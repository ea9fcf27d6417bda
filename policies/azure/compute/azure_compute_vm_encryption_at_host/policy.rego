# METADATA
# scope: package
# title: Virtual machines use encryption at host
# description: properties.securityProfile.encryptionAtHost must be true.
# custom:
#   id: azure_compute_vm_encryption_at_host
#   severity: medium
#   resource_types:
#   - azure.compute.vm
#   risk: Without encryption at host, temporary disks and disk caches on the host are not encrypted.
#   remediation:
#     text: Enable encryption at host (the VM must be deallocated).
#     cli: |-
#       az vm update --resource-group <rg> --name <vm> --set securityProfile.encryptionAtHost=true
#     terraform: |-
#       resource "azurerm_linux_virtual_machine" "vm" {
#         name                       = "vm-main"
#         resource_group_name        = azurerm_resource_group.compute.name
#         location                   = "westeurope"
#         size                       = "Standard_D2s_v5"
#         admin_username             = "azureuser"
#         network_interface_ids      = [azurerm_network_interface.vm.id] # no public IP on its ip_configuration
#         encryption_at_host_enabled = true
#         secure_boot_enabled        = true
#         vtpm_enabled               = true
#         os_disk {
#           caching              = "ReadWrite"
#           storage_account_type = "Premium_LRS" # a managed disk
#         }
#         source_image_reference {
#           publisher = "Canonical"
#           offer     = "ubuntu-24_04-lts"
#           sku       = "server"
#           version   = "latest"
#         }
#         admin_ssh_key {
#           username   = "azureuser"
#           public_key = file("~/.ssh/id_ed25519.pub")
#         }
#       }
#     url: https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data
#   categories:
#   - encryption
#   - compute
package vigil.azure.compute.azure_compute_vm_encryption_at_host


deny contains result if {
	value := object.get(object.get(object.get(input.resource.attributes, "properties", {}), "securityProfile", {}), "encryptionAtHost", false)
	value != true
	result := {
		"msg": sprintf("VM %s does not use encryption at host", [input.resource.name]),
		"evidence": {"attribute": "properties.securityProfile.encryptionAtHost", "value": value},
	}
}
