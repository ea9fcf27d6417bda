# METADATA
# scope: package
# title: Virtual machines use Trusted Launch with secure boot and vTPM
# description: properties.securityProfile.securityType must be TrustedLaunch or ConfidentialVM with uefiSettings secureBootEnabled and vTpmEnabled true.
# custom:
#   id: azure_compute_vm_trusted_launch
#   severity: medium
#   resource_types:
#   - azure.compute.vm
#   risk: Without secure boot and a vTPM, boot kits and rootkits can load before the OS and go unnoticed.
#   remediation:
#     text: Create the VM (Gen2 image) with Trusted Launch, secure boot and vTPM.
#     cli: |-
#       az vm create --resource-group <rg> --name <vm> --image Ubuntu2404 --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true
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
#     url: https://learn.microsoft.com/azure/virtual-machines/trusted-launch
#   categories:
#   - compute
package vigil.azure.compute.azure_compute_vm_trusted_launch


deny contains result if {
	not trusted
	security := object.get(object.get(input.resource.attributes, "properties", {}), "securityProfile", {})
	result := {
		"msg": sprintf("VM %s does not use Trusted Launch with secure boot and vTPM", [input.resource.name]),
		"evidence": {"attribute": "properties.securityProfile", "value": security},
	}
}

trusted if {
	security := object.get(object.get(input.resource.attributes, "properties", {}), "securityProfile", {})
	lower(object.get(security, "securityType", "")) in {"trustedlaunch", "confidentialvm"}
	object.get(security, "uefiSettings", {}).secureBootEnabled == true
	object.get(security, "uefiSettings", {}).vTpmEnabled == true
}
