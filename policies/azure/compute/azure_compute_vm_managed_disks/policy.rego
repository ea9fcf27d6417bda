# METADATA
# scope: package
# title: Virtual machines use managed disks
# description: properties.storageProfile.osDisk and every dataDisks entry must have a managedDisk.
# custom:
#   id: azure_compute_vm_managed_disks
#   severity: medium
#   resource_types:
#   - azure.compute.vm
#   risk: Unmanaged (VHD in a storage account) disks depend on the account's keys and network rules and are not encrypted by default.
#   remediation:
#     text: Convert the VM's disks to managed disks.
#     cli: |-
#       az vm convert --resource-group <rg> --name <vm>
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
#     url: https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview
#   categories:
#   - compute
#   - encryption
package vigil.azure.compute.azure_compute_vm_managed_disks


deny contains result if {
	storage := object.get(object.get(input.resource.attributes, "properties", {}), "storageProfile", {})
	unmanaged := [object.get(d, "name", "osDisk") |
		some d in array.concat([object.get(storage, "osDisk", {})], object.get(storage, "dataDisks", []))
		not d.managedDisk
	]
	count(unmanaged) > 0
	result := {
		"msg": sprintf("VM %s has unmanaged disks: %s", [input.resource.name, concat(", ", unmanaged)]),
		"evidence": {"attribute": "properties.storageProfile", "value": unmanaged},
	}
}
