# METADATA
# scope: package
# title: Virtual machines have no public IP address
# description: No IP configuration of the VM's network interfaces may have a publicIPAddress.
# custom:
#   id: azure_compute_vm_no_public_ip
#   severity: medium
#   resource_types:
#   - azure.compute.vm
#   risk: A public IP puts the VM's open ports on the internet, one NSG rule away from exposure.
#   remediation:
#     text: Remove the public IP from the NIC; reach the VM through Bastion, a VPN or a load balancer.
#     cli: |-
#       az network nic ip-config update --resource-group <rg> --nic-name <nic> --name ipconfig1 --remove publicIpAddress
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
#     url: https://learn.microsoft.com/azure/virtual-network/ip-services/remove-public-ip-address-vm
#   categories:
#   - public-exposure
#   - network
package vigil.azure.compute.azure_compute_vm_no_public_ip


deny contains result if {
	addresses := [ip.properties.publicIPAddress.id |
		some nic in object.get(input.resource.attributes, "networkInterfaces", [])
		some ip in object.get(object.get(nic, "properties", {}), "ipConfigurations", [])
		ip.properties.publicIPAddress.id != ""
	]
	count(addresses) > 0
	result := {
		"msg": sprintf("VM %s has a public IP address", [input.resource.name]),
		"evidence": {"attribute": "networkInterfaces", "value": addresses},
	}
}
